/**
 * What the CLI prints comes partly from files it does not control: pack text (rule messages,
 * question prompts, value names) and file names. A terminal acts on control characters in it:
 * `ESC [2K` erases the line, `ESC ] 52` writes the clipboard, a C1 `CSI` does as ESC [ does, and
 * bidirectional overrides reorder what is shown. Every line the CLI writes goes through
 * `escapeControls`; a file name or message put on one line goes through `oneLine` first.
 */

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
// overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Each control character as `\uXXXX`: visible, inert, and inside a JSON string the same escape
 * JSON itself uses, so JSON output still parses to the original text.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Line breaks as `\n` / `\r`, so a file named `a⏎b.md` does not split a finding's line. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16)}`));
}
