import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeText, type DecodedText } from '../core/text/decodeText';

/**
 * A file's text as every command reads drafts and pack files: see core/text/decodeText. Throws what
 * `fs` throws, and for anything but a regular file (see readRegularFile).
 */
export function readText(path: string): DecodedText {
  return decodeText(readRegularFile(path));
}

/**
 * The bytes of a regular file (through symbolic links). A cloned repository can hold `notes.md`
 * linked to `/dev/zero` or `/dev/urandom` (read for ever, until memory runs out) or a named pipe
 * (an open that waits for ever for a writer): those throw "not a regular file" at once instead.
 * The open does not wait (O_NONBLOCK, where the platform has it); fstat then says what it opened.
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file (a folder, device, pipe or socket)');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The warning for a file that was not valid in its encoding (its text is still used). */
export function invalidEncodingWarning(shown: string, decoded: Pick<DecodedText, 'encoding' | 'invalid'>): string | undefined {
  return decoded.invalid ? `${shown}: not valid ${decoded.encoding.toUpperCase()}; unreadable bytes were read as U+FFFD (save the file as UTF-8)` : undefined;
}
