/**
 * A page described as plain data, so the same view is written two ways: as escaped HTML by the
 * host (the dashboard's first view is in the page it sends, with nothing to wait for) and as DOM
 * nodes by the page's script for live updates (`dom.ts`, never by parsing a string). Pure: no
 * DOM, no Node, no `vscode`.
 */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly Child[];
}
export type Child = VNode | string;

/** An element; `false`, `undefined` and `null` children are left out. */
export function h(tag: string, attrs: Readonly<Record<string, string | number | undefined>> = {}, ...children: (Child | false | undefined | null)[]): VNode {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { tag, attrs: clean, children: children.filter((c): c is Child => c !== false && c !== undefined && c !== null) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Escaped HTML (SVG elements inline, as the HTML parser reads them). Throws on a bad tag or attribute name. */
export function toHtml(node: Child): string {
  if (typeof node === 'string') return escape(node);
  if (!NAME.test(node.tag)) throw new Error(`bad tag name ${JSON.stringify(node.tag)}`);
  let attrs = '';
  for (const [k, v] of Object.entries(node.attrs)) {
    if (!NAME.test(k) || /^on/i.test(k)) throw new Error(`bad attribute name ${JSON.stringify(k)}`);
    attrs += ` ${k}="${escape(String(v))}"`;
  }
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
