// Pathological inputs for `npm run bench`: each once took time quadratic or exponential in its size.
import { loadPack } from '../../src/core/content/loader';
import type { Pack } from '../../src/core/content/types';

const PACK = '---\nid: adv\ntitle: Adversarial\ncompany: C\nrole: R\nteam: T\nsource: S\n---\n';

/** A pack with one rule of `groups` groups `(b|b b)` and an except of ambiguous groups. */
export function adversarialPack(groups: number): Pack {
  const phrase = Array.from({ length: groups }, () => '(b|b b)').join(' ');
  const except = `${Array.from({ length: 10 }, () => '(b|b b)').join(' ')} d`;
  const flags = `---\nid: flags\nkind: red-flags\ntitle: Flags\norder: 1\nflags:\n  - id: adv\n    group: G\n    text: T\n    reason: R\n    lint:\n      message: M\n      phrases: [${JSON.stringify(phrase)}]\n      except: [${JSON.stringify(except)}]\n---\n`;
  const result = loadPack('adv', [
    { path: 'pack.md', text: PACK },
    { path: 'flags.md', text: flags },
  ]);
  if (!result.pack) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

/** A checklist section whose frontmatter is about `bytes` long (compact items, looked up by id). */
export function hugeFrontmatter(bytes: number): { path: string; text: string }[] {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = `  - {id: c${i}, text: t}`;
    items.push(item);
    size += item.length + 1;
  }
  return [
    { path: 'pack.md', text: PACK },
    { path: 'list.md', text: `---\nid: list\nkind: checklist\ntitle: List\norder: 1\nitems:\n${items.join('\n')}\n---\n` },
  ];
}

/** A red-flags section whose frontmatter is about `bytes` long: each flag keeps its line (for "open at this item"). */
export function hugeFlagsFrontmatter(bytes: number): { path: string; text: string }[] {
  const flags: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const flag = `  - id: f${i}\n    group: G\n    text: "Flag ${i}"\n    reason: "Reason ${i}"`;
    flags.push(flag);
    size += flag.length + 1;
  }
  return [
    { path: 'pack.md', text: PACK },
    { path: 'flags.md', text: `---\nid: flags\nkind: red-flags\ntitle: Flags\norder: 1\nflags:\n${flags.join('\n')}\n---\n` },
  ];
}

export { loadPack };
