/**
 * The one Zod import of the project: zod/mini, Zod's tree-shakable build. The classic `z` object
 * weighs about 25 KB gzipped in each bundle (content script and popup alike); zod/mini a few KB.
 * Its messages are English only where they are shown (./zod-english.ts).
 */
import * as z from 'zod/mini';

export { z };
