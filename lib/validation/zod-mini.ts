/**
 * The one Zod import of the project: zod/mini, Zod's tree-shakable build. The classic `z` object
 * weighs about 25 KB gzipped in each bundle (content script and popup alike); zod/mini a few KB.
 * English messages, so that a rejected file, message or setting names its problem.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
