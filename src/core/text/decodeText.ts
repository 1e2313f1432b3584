/**
 * Bytes of a file → its text, the one way the CLI and the extension both read drafts and pack
 * files. Uses `TextDecoder` (Node and browsers alike), never throws:
 * - the byte order mark picks the encoding (UTF-8, UTF-16LE, UTF-16BE; none means UTF-8) and is
 *   dropped, as editors do, so line 1 columns start at 1 and offsets count from the first character;
 *   without one, a file whose first 512 bytes have a zero at every odd (UTF-16LE) or every even
 *   (UTF-16BE) position and nowhere else is UTF-16, the guess VS Code makes when it opens it;
 * - bytes that are not valid in that encoding become U+FFFD, and `invalid` says it happened;
 * - line endings: a lone CR (old Mac files, some exports) becomes LF, which keeps every offset, line
 *   and column where VS Code puts them (it breaks lines at a lone CR too); CRLF is kept, because
 *   VS Code documents keep it and every consumer of the text treats `\r\n` as one line break.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Whether the file started with a byte order mark (dropped from `text`). */
  readonly bom: boolean;
  /** Whether some bytes could not be decoded (each became U+FFFD). */
  readonly invalid: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: TextEncodingName = 'utf-8';
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, skip] = ['utf-16be', 2];
  else encoding = utf16WithoutBom(bytes) ?? 'utf-8';
  let body = bytes.subarray(skip);
  // Big-endian as little-endian with each pair swapped: UTF-16LE is the one UTF-16 every
  // TextDecoder has (Node built without ICU lacks UTF-16BE).
  if (encoding === 'utf-16be') body = swapPairs(body);
  const label = encoding === 'utf-8' ? 'utf-8' : 'utf-16le';
  let text: string;
  let invalid = false;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    invalid = true;
    text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
  }
  return { text: loneCrToLf(text), encoding, bom: skip > 0, invalid };
}

/**
 * VS Code's guess for a file without a BOM (its encoding.ts, first 512 bytes): zero bytes only and
 * always in the high half of two-byte units is UTF-16 (read as UTF-8, such a file's every other
 * character is NUL, so no phrase matches and the draft lints clean).
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  let le = true;
  let be = true;
  let zero = false;
  for (let i = 0; i < bytes.length && i < 512 && (le || be); i++) {
    const isZero = bytes[i] === 0;
    const odd = i % 2 === 1;
    if (isZero) zero = true;
    if (odd !== isZero) le = false;
    if (odd === isZero) be = false;
  }
  return !zero ? undefined : le ? 'utf-16le' : be ? 'utf-16be' : undefined;
}

/** A lone CR becomes LF (same length: offsets do not move); CRLF stays. */
export function loneCrToLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  const even = bytes.length & ~1;
  for (let i = 0; i < even; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  if (even < bytes.length) out[even] = bytes[even]!;
  return out;
}
