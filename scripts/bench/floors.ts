/**
 * The floors the engine is measured against: what a scan costs with no markdown awareness, and
 * with the simple masking a quick script would do (regex replaces, no block structure).
 */
const spaces = (m: string): string => m.replace(/[^\n]/g, ' ');

/** Frontmatter, fenced code, inline code, HTML comments and link targets blanked by regexes. */
export function simpleMask(text: string): string {
  return text
    .replace(/^---\n[^]*?\n---\n/, spaces)
    .replace(/^```[^]*?^```/gm, spaces)
    .replace(/`[^`\n]*`/g, spaces)
    .replace(/<!--[^]*?-->/g, spaces)
    .replace(/\]\([^)\n]*\)/g, spaces);
}
