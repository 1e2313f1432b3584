/**
 * Whether a markdown text declares itself an answer draft: YAML frontmatter with `interview: true`
 * (also `yes`/`on`). Reads only the frontmatter lines, without a YAML parser, so the editor can ask
 * it of every markdown file it opens.
 */
export function declaresInterviewDraft(text: string): boolean {
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', p)) return false;
  const firstEnd = text.indexOf('\n', p);
  if (firstEnd < 0 || text.slice(p, firstEnd).trim() !== '---') return false;
  const limit = Math.min(text.length, 64 * 1024);
  p = firstEnd + 1;
  while (p < limit) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const line = text.slice(p, e).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '---' || trimmed === '...') return false;
    if (/^interview\s*:\s*(?:true|yes|on|"true"|'true')\s*(?:#.*)?$/i.test(line)) return true;
    p = e + 1;
  }
  return false;
}
