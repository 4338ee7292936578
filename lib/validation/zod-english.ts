/**
 * Zod's English messages, so that a rejected file, import or setting names its problem. Imported by
 * the modules that show zod's messages to a person (backup import, the CLI's input, the options
 * page's thresholds); the content script, which never shows one, does not carry them (1.1 KB of its
 * 40 KB budget). Zod's configuration is global: importing this once sets it for every schema.
 */
import { en } from 'zod/locales';
import { z } from './zod-mini';

z.config(en());
