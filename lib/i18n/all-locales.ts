/**
 * Registers every interface language at once: for the command line and the tests, where loading
 * them lazily buys nothing. The extension pages load the one they need (translate.ts, loadLocale).
 */
import { registerLocale } from './translate';
import { nb } from './nb/index';
import { en } from './en/index';
import { da } from './da/index';
import { nn } from './nn/index';
import { sv } from './sv/index';

registerLocale('nb', nb);
registerLocale('en', en);
registerLocale('da', da);
registerLocale('nn', nn);
registerLocale('sv', sv);
