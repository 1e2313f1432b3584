import { readFileSync } from 'node:fs';
import { decodeText, type DecodedText } from '../core/text/decodeText';

/** A file's text as every command reads drafts and pack files: see core/text/decodeText. Throws what `fs` throws. */
export function readText(path: string): DecodedText {
  return decodeText(readFileSync(path));
}

/** The warning for a file that was not valid in its encoding (its text is still used). */
export function invalidEncodingWarning(shown: string, decoded: DecodedText): string | undefined {
  return decoded.invalid ? `${shown}: not valid ${decoded.encoding.toUpperCase()}; unreadable bytes were read as U+FFFD (save the file as UTF-8)` : undefined;
}
