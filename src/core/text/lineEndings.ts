/**
 * Pack files are read for their values and their line numbers, never for offsets: every line
 * ending (CRLF as Git on Windows writes it, a lone CR, LF) becomes LF, and a leading BOM left by
 * a caller that passed text is dropped, so YAML values carry no `\r` and no rule or section is lost.
 * Line numbers and columns stay those of the file.
 */
export function toLf(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}
