import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFrontmatterSchema } from '../../../../src/core/content/frontmatterSchema';
import { parseFrontmatter } from '../../../../src/core/content/frontmatter';
import { BUNDLED_PACK_DIR, REPO } from '../../helpers/packFiles';

type Schema = Record<string, unknown>;

/** The part of JSON schema (draft 7) the generated schema uses, enough to check documents against it. */
function errors(schema: Schema, value: unknown, path = ''): string[] {
  const out: string[] = [];
  const s = schema as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (s['if']) {
    const branch = errors(s['if'], value, path).length === 0 ? s['then'] : s['else'];
    if (branch) out.push(...errors(branch, value, path));
  }
  if (s['not'] && errors(s['not'], value, path).length === 0) out.push(`${path}: matches what it must not`);
  for (const sub of s['allOf'] ?? []) out.push(...errors(sub, value, path));
  if (s['anyOf'] && !s['anyOf'].some((sub: Schema) => errors(sub, value, path).length === 0)) out.push(`${path}: matches none of anyOf`);
  if ('const' in s && value !== s['const']) out.push(`${path}: not ${JSON.stringify(s['const'])}`);
  if (s['enum'] && !s['enum'].includes(value)) out.push(`${path}: not one of ${s['enum'].join(', ')}`);
  const types: string[] = s['type'] === undefined ? [] : [s['type']].flat();
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length && !types.some((t) => t === typeOf || (t === 'number' && typeOf === 'integer'))) return [...out, `${path}: ${typeOf}, expected ${types.join('|')}`];
  if (typeof value === 'string') {
    if (s['minLength'] !== undefined && value.length < s['minLength']) out.push(`${path}: too short`);
    if (s['pattern'] && !new RegExp(s['pattern']).test(value)) out.push(`${path}: does not match ${s['pattern']}`);
  }
  if (typeof value === 'number') {
    if (s['minimum'] !== undefined && value < s['minimum']) out.push(`${path}: below ${s['minimum']}`);
    if (s['maximum'] !== undefined && value > s['maximum']) out.push(`${path}: above ${s['maximum']}`);
  }
  if (Array.isArray(value)) {
    if (s['minItems'] !== undefined && value.length < s['minItems']) out.push(`${path}: fewer than ${s['minItems']} items`);
    if (s['items']) value.forEach((v, i) => out.push(...errors(s['items'], v, `${path}[${i}]`)));
  }
  if (typeOf === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of s['required'] ?? []) if (!(key in record)) out.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(record)) {
      const prop = s['properties']?.[key];
      if (prop) out.push(...errors(prop, v, `${path}.${key}`));
      else if (s['additionalProperties'] === false) out.push(`${path}: unknown field ${key}`);
    }
  }
  return out;
}

describe('content pack frontmatter schema', () => {
  const schema = packFrontmatterSchema();
  const frontmatter = (file: string) => parseFrontmatter(readFileSync(file, 'utf8')).data;

  it('accepts every file of the bundled pack, manifest and sections alike', () => {
    const files = readdirSync(BUNDLED_PACK_DIR).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 11);
    for (const file of files) assert.deepEqual(errors(schema, frontmatter(join(BUNDLED_PACK_DIR, file))), [], file);
  });

  it('rejects what the loader rejects: a wrong type, an unknown kind, a missing id, an unknown field', () => {
    const broken = (name: string) => errors(schema, frontmatter(join(REPO, 'test', 'fixtures', 'broken-files', name)));
    assert.ok(broken('wrong-type.md').some((e) => e.startsWith('.order:')));
    assert.ok(broken('unknown-kind.md').some((e) => /not one of/.test(e)));
    assert.ok(broken('missing-id.md').some((e) => /missing id/.test(e)));
    assert.ok(errors(schema, { id: 'x', title: 'T', company: 'C', role: 'R', team: 'T', source: 'S', sauce: 1 }).some((e) => /unknown field sauce/.test(e)));
    assert.deepEqual(errors(schema, { id: 'x', title: 'T', company: 'C', role: 'R', team: 'T', source: 'S' }), []);
  });
});
