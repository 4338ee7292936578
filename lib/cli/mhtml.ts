/**
 * The HTML part of an MHTML file («Webpage, Single File» in Chrome/Edge): a MIME multipart/related
 * message whose first text/html part is the page, usually quoted-printable, with the page's address
 * in its Content-Location header.
 */

export interface MhtmlPage {
  html: string;
  url: string | null;
}

/** True when the text starts like a MIME message (MHTML), not like HTML or JSON. */
export function looksLikeMhtml(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:)/im.test(head) && /multipart\/related/i.test(head);
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // unfold continuation lines first
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

/** Quoted-printable to bytes, in one pass over a buffer (saved pages run to megabytes). */
function decodeQuotedPrintable(body: string): Buffer {
  const input = Buffer.from(body.replace(/=\r?\n/g, ''), 'latin1'); // a QP body is ASCII
  const output = Buffer.alloc(input.length);
  let length = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    if (byte === 61 && i + 2 < input.length) {
      const high = hexValue(input[i + 1]);
      const low = hexValue(input[i + 2]);
      if (high >= 0 && low >= 0) {
        output[length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    output[length++] = byte;
  }
  return output.subarray(0, length);
}

function charsetOf(contentType: string): BufferEncoding {
  const charset = /charset="?([\w-]+)"?/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  return charset === 'iso-8859-1' || charset === 'windows-1252' || charset === 'latin1' ? 'latin1' : 'utf8';
}

/** The first text/html part of an MHTML message, decoded; null when there is none. */
export function extractMhtmlPage(text: string): MhtmlPage | null {
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const top = parseHeaders(text.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/i.exec(top.get('content-type') ?? '')?.[1];
  if (!boundary) return null;
  const parts = text.slice(split).split(`--${boundary}`);
  for (const part of parts) {
    const trimmed = part.replace(/^\r?\n/, '');
    const end = trimmed.search(/\r?\n\r?\n/);
    if (end < 0) continue;
    const headers = parseHeaders(trimmed.slice(0, end));
    const type = headers.get('content-type') ?? '';
    if (!/^text\/html/i.test(type)) continue;
    // the line break before the next boundary belongs to the boundary
    const body = trimmed.slice(end).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
    const bytes = encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body, 'utf8');
    return {
      html: bytes.toString(charsetOf(type)),
      url: headers.get('content-location') ?? top.get('snapshot-content-location') ?? null,
    };
  }
  return null;
}
