/**
 * Zod's English messages are loaded by the modules that show them, not by the content script's
 * modules (which never show one): they are 1.1 KB of its 40 KB budget.
 */
import { describe, expect, it } from 'vitest';
// what entrypoints/content.ts imports
import '../../../lib/reader/collect';
import '../../../lib/messaging/protocol';
import '../../../lib/page-actions/highlight-item';
import '../../../lib/diagnostics/sanitize-structure';
import '../../../lib/diagnostics/facebook-vocabulary';
import { z } from '../../../lib/validation/zod-mini';

describe('zod messages', () => {
  it('are not configured by the content script’s modules', () => {
    expect(z.config().localeError).toBeUndefined();
    expect(z.string().safeParse(5).error?.issues[0].message).toBe('Invalid input');
  });

  it('are English once zod-english is loaded', async () => {
    await import('../../../lib/validation/zod-english');
    expect(z.string().safeParse(5).error?.issues[0].message).toBe('Invalid input: expected string, received number');
  });
});
