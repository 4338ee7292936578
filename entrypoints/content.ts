import { collectPage } from '../lib/reader/collect';
import { AUDIT_PORT, parseToContent, type FromContent } from '../lib/messaging/protocol';
import { highlightItem } from '../lib/page-actions/highlight-item';
import { sanitizeStructure } from '../lib/diagnostics/sanitize-structure';
import { facebookVocabulary } from '../lib/diagnostics/facebook-vocabulary';

/**
 * The content script only reads. On a Facebook page it registers one listener and does nothing
 * else until the popup connects and asks for an audit.
 */
export default defineContentScript({
  matches: ['*://*.facebook.com/*'],
  runAt: 'document_idle',
  main() {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== AUDIT_PORT) return;
      let controller: AbortController | null = null;
      const send = (message: FromContent) => {
        try {
          port.postMessage(message);
        } catch {
          // the popup closed: nothing to tell
        }
      };

      port.onMessage.addListener(async (raw: unknown) => {
        const message = parseToContent(raw);
        if (!message) {
          send({ type: 'error', message: 'Ugyldig melding fra popup-vinduet.' });
          return;
        }
        if (message.type === 'cancel') {
          controller?.abort();
          return;
        }
        if (message.type === 'highlight') {
          send({ type: 'highlighted', found: highlightItem(document, message.postId, message.commentId) });
          return;
        }
        if (message.type === 'diagnostics') {
          send({ type: 'diagnostics', structure: sanitizeStructure(document.body, { vocabulary: facebookVocabulary() }) });
          return;
        }
        if (message.type === 'start') {
          controller?.abort();
          const current = new AbortController();
          controller = current;
          try {
            const snapshot = await collectPage(window, {
              bound: message.bound,
              timeLimitMs: message.timeLimitMs,
              signal: current.signal,
              onProgress: (progress) => send({ type: 'progress', progress }),
            });
            send({ type: 'done', snapshot });
          } catch (error) {
            send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
          } finally {
            if (controller === current) controller = null;
          }
        }
      });
      // Closing the popup cancels a running collection: no scrolling left behind.
      port.onDisconnect.addListener(() => controller?.abort());
    });
  },
});
