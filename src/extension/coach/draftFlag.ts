import { frontmatterRange } from '../../core/coach/prose';

/** `interview: true` in a draft's frontmatter, read without parsing the whole YAML. */
export function parseDraftMetaFlag(text: string): boolean {
  const fm = frontmatterRange(text);
  return !!fm && /^interview:[ \t]*(?:true|True|TRUE)[ \t]*(?:#.*)?$/m.test(text.slice(fm.start, fm.end));
}
