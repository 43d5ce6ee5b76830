/**
 * File bytes → text for the `detect` command, refusing what is not text: binary
 * data, invalid UTF-8, empty input. HTML that declares a legacy charset
 * (`<meta charset="windows-1251">`) is decoded with it, as a browser would.
 */

export type Decoded = { text: string } | { error: string };

/** Share of control characters above which decoded text is called binary. */
const MAX_CONTROL_SHARE = 0.02;
const SAMPLE_CHARS = 100_000;

/** The charset label an HTML file declares in its first 1024 bytes, lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Decodes a file's bytes, or explains why it is not text we can read. */
export function decodeBytes(bytes: Uint8Array, html: boolean): Decoded {
  if (bytes.length === 0) return { error: 'file is empty' };
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoded = decodeWith(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    if (decoded === null) return { error: 'invalid UTF-16 text' };
    text = decoded;
  } else {
    if (bytes.includes(0)) return { error: 'binary data (contains NUL bytes), not text' };
    const utf8 = decodeWith('utf-8', bytes);
    if (utf8 !== null) text = utf8;
    else {
      const label = html ? declaredCharset(bytes) : undefined;
      const legacy = label && !/^utf-?8$/.test(label) ? decodeWith(label, bytes) : null;
      if (legacy === null) {
        return {
          error: 'not valid UTF-8 (save the file as UTF-8, or declare its charset in HTML)',
        };
      }
      text = legacy;
    }
  }
  if (text.trim() === '') return { error: 'file is empty (only whitespace)' };
  if (controlShare(text) > MAX_CONTROL_SHARE)
    return { error: 'binary data (mostly control characters), not text' };
  return { text };
}

/** Strict decoding; null on malformed input or an unknown label. */
function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, FF and CR are ordinary in text files.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) control++;
  }
  return control / n;
}
