import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { FrontmatterSyntaxError, parseFrontmatter } from '../../../../src/core/content/frontmatter';
import { BUNDLED_PACK_DIR, REPO } from '../../helpers/packFiles';

type Path = (string | number)[];

/** What the `yaml` library alone says: the data, and the file position of every node by path. */
function yamlReading(text: string): { data: unknown; positions: Map<string, { line: number; column: number; scalar: boolean }> } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)!;
  const lines = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const positions = new Map<string, { line: number; column: number; scalar: boolean }>();
  const visit = (node: YamlNode | null | undefined, path: Path): void => {
    if (!node?.range) return;
    const pos = lines.linePos(node.range[0]);
    positions.set(JSON.stringify(path), { line: pos.line + 1, column: pos.col, scalar: isScalar(node) });
    if (isMap(node)) for (const pair of node.items) visit((pair.value ?? pair.key) as YamlNode, [...path, String((pair.key as { value: unknown }).value)]);
    if (isSeq(node)) node.items.forEach((item, i) => visit(item as YamlNode, [...path, i]));
  };
  visit(doc.contents as YamlNode, []);
  return { data: doc.toJS(), positions };
}

function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  return value;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Every pack file we ship or test with that has valid frontmatter. */
const PACK_FILES = [...markdownFiles(BUNDLED_PACK_DIR), ...markdownFiles(join(REPO, 'test/fixtures/workspace/packs')), ...markdownFiles(join(REPO, 'examples'))].filter((file) => {
  const text = readFileSync(file, 'utf8');
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return yaml !== undefined && parseDocument(yaml, { uniqueKeys: true }).errors.length === 0;
});

describe('frontmatter', () => {
  it('reads the same data and the same position for every node as the yaml library, in every pack file', () => {
    assert.ok(PACK_FILES.length >= 12, `found ${PACK_FILES.length} pack files`);
    let compared = 0;
    for (const file of PACK_FILES) {
      const text = readFileSync(file, 'utf8');
      const expected = yamlReading(text)!;
      const parsed = parseFrontmatter(text);
      assert.deepEqual(parsed.data, expected.data, file);
      for (const [key, where] of expected.positions) {
        assert.deepEqual(parsed.position(JSON.parse(key) as Path), { line: where.line, column: where.column }, `${file} ${key}`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `compared ${compared} positions`);
  });

  it('points a missing field at its nearest existing parent', () => {
    const parsed = parseFrontmatter('---\nid: a\nitems:\n  - id: x\n    text: t\n---\nbody\n');
    assert.deepEqual(parsed.position(['items', 0, 'nope']), { line: 4, column: 5 });
    assert.deepEqual(parsed.position(['items', 7]), { line: 4, column: 3 });
    assert.deepEqual(parsed.position(['nothing', 'here']), { line: 2, column: 1 });
    assert.equal(parsed.bodyLine, 7);
  });

  it('agrees with the yaml library on random documents in block and flow styles, with comments and blank lines', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('tree'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
    }));
    const top = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });
    let compared = 0;
    let valid = 0;
    fc.assert(
      fc.property(top, fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean(), (data, flowLevel, comments, blanks) => {
        compared++;
        let yaml = stringify(data, { flowCollectionPadding: flowLevel % 2 === 0, collectionStyle: flowLevel === 4 ? 'flow' : 'any', indent: 2 + (flowLevel % 3) });
        if (comments && flowLevel !== 4) yaml = yaml.replace(/\n/g, '\n# a comment\n');
        if (blanks) yaml = yaml.replace(/:\n/g, ':\n\n');
        const text = `---\n${yaml.trimEnd()}\n---\nbody\n`;
        const expected = yamlReading(text);
        // A comment pasted into a flow collection can make it invalid for the yaml library, which
        // js-yaml may still read: either way nothing but a FrontmatterSyntaxError comes out.
        if (!expected) {
          try {
            parseFrontmatter(text);
          } catch (e) {
            assert.ok(e instanceof FrontmatterSyntaxError, String(e));
          }
          return;
        }
        valid++;
        const parsed = parseFrontmatter(text);
        // The one difference: js-yaml reads the integer -0 as 0 (no pack field tells them apart).
        assert.deepEqual(withoutNegativeZero(parsed.data), withoutNegativeZero(expected.data));
        for (const [path, where] of expected.positions) assert.deepEqual(parsed.position(JSON.parse(path) as Path), { line: where.line, column: where.column }, `${path} in\n${text}`);
      }),
      { numRuns: 300 },
    );
    // Most runs must compare (not refuse): block style with comments and blank lines is valid YAML.
    assert.ok(valid > 200, `${valid} of ${compared} random documents were valid YAML`);
  });

  it('leaves aliases of collections to the yaml library: a few shared lists read as before, a "billion laughs" is refused', () => {
    // Without an alias, js-yaml reads it, flow collections included (js-yaml closes those twice).
    assert.equal(parseFrontmatter('---\nid: a\nitems:\n  - {id: x, text: [t, u]}\n  - id: y\n---\n').reader, 'js-yaml');
    assert.equal(parseFrontmatter('---\nid: a\nanchored: &one {x: 1}\n---\n').reader, 'js-yaml');
    const shared = parseFrontmatter('---\nid: a\nfirst: &list [x, y]\nsecond: *list\n---\n');
    assert.equal(shared.reader, 'yaml');
    assert.deepEqual(shared.data, { id: 'a', first: ['x', 'y'], second: ['x', 'y'] });
    assert.deepEqual(shared.position(['second']), { line: 4, column: 9 });
    // Ten levels of ten aliases: 10^10 items if expanded (js-yaml shares them, and anything that
    // walked the data, printed it or cached it as JSON would never end).
    const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 10; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    assert.throws(() => parseFrontmatter(`---\nid: a\n${levels.join('\n')}\n---\n`), /alias/i);
  });

  it('refuses duplicate keys with the line of the second one', () => {
    assert.throws(
      () => parseFrontmatter('---\nid: a\ntitle: T\nid: b\n---\n'),
      (e: unknown) => e instanceof FrontmatterSyntaxError && e.line === 4 && /unique/i.test(e.message),
    );
  });

  it('reports a syntax error where the yaml library does, and an unclosed quote where it opens', () => {
    assert.throws(
      () => parseFrontmatter('---\nid: a\ntitle: "open\nkind: x\n---\n'),
      (e: unknown) => e instanceof FrontmatterSyntaxError && e.line === 3 && e.column === 8,
    );
  });

  it('refuses frontmatter in any language but YAML, so a `---js` pack file never runs', () => {
    const marker = '__frontmatterRan';
    for (const language of ['js', 'javascript', 'coffee', 'json', 'toml', ' JS ']) {
      const text = `---${language}\n{ id: (globalThis.${marker} = true, "x") }\n---\nbody\n`;
      assert.throws(
        () => parseFrontmatter(text),
        (e: unknown) => e instanceof FrontmatterSyntaxError && e.line === 1 && e.message.includes(`"${language.trim()}"`) && /YAML/.test(e.message),
        language,
      );
    }
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
    for (const opening of ['---yaml', '---yml', '--- ', '---']) assert.deepEqual(parseFrontmatter(`${opening}\nid: a\n---\n`).data, { id: 'a' }, opening);
  });
});
