import type { Child } from './vnode';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** DOM nodes for a view (SVG elements in the SVG namespace), built with `createElement`, never parsed from a string. */
export function toDom(node: Child, inSvg = false): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const el = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (/^on/i.test(k)) continue;
    el.setAttribute(k, String(v));
  }
  for (const c of node.children) el.appendChild(toDom(c, svg));
  return el;
}
