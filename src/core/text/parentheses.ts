/**
 * Every `(…)` of `text` (from a `(` to the next `)`, as `/\([^)]*\)/g` finds them) replaced by what
 * `replace` returns for it. The regular expression tries every `(` and reads to the end of the
 * text for a `)` that is not there, so a text of thousands of unclosed `(` took time quadratic in
 * its length; here the `)` searched for once serves every `(` before it, and the first `(` with
 * none after it ends the search.
 */
export function replaceParenthesised(text: string, replace: (group: string) => string): string {
  let open = text.indexOf('(');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += text.slice(from, open) + replace(text.slice(open, close + 1));
    from = close + 1;
    open = text.indexOf('(', from);
  }
  return out + text.slice(from);
}
