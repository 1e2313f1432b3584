import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadResult } from '../../../src/core/content/types';
import { compileRuleSources } from '../../../src/core/lint/rules';
import { loadPackDir } from '../../../src/cli/packDir';
import { prebuildPack, prebuiltPackFor, prebuiltRulesFor, type PrebuiltPack } from '../../../src/cli/prebuiltPack';
import { BUNDLED_PACK_DIR, REPO } from '../helpers/packFiles';

/** The bundled pack as the build embeds it must be the pack the loader gives, and only for that pack. */
describe('cli: the prebuilt bundled pack', () => {
  let dir: string;
  let pack: string;
  // As the build embeds it: through JSON.
  const prebuilt = JSON.parse(JSON.stringify(prebuildPack(BUNDLED_PACK_DIR, loadPackDir))) as PrebuiltPack;
  const same = (a: unknown, b: unknown) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ic-prebuilt-'));
    pack = join(dir, 'netflix-ml-media-algorithms');
    cpSync(BUNDLED_PACK_DIR, pack, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the loaded pack and its compiled rules for a folder that holds the same files', () => {
    const loaded = prebuiltPackFor(pack, prebuilt)!;
    assert.ok(loaded);
    same(loaded, loadPackDir(pack));
    assert.equal(loaded.pack!.root, pack);
    same(prebuiltRulesFor(loaded.pack, { disabledRules: [], extraPhrases: [] }, prebuilt), compileRuleSources(loadPackDir(pack).pack, { disabledRules: [], extraPhrases: [] }));
  });

  it('is not used for an edited, added or renamed file, a renamed folder, or rule settings', () => {
    const flags = join(pack, '07-red-flags.md');
    writeFileSync(flags, readFileSync(flags, 'utf8').replace('show resilience instead', 'SHOW RESILIENCE INSTEAD'));
    assert.equal(prebuiltPackFor(pack, prebuilt), undefined);
    cpSync(BUNDLED_PACK_DIR, pack, { recursive: true });
    writeFileSync(join(pack, '99-notes.md'), '# Notes\n');
    assert.equal(prebuiltPackFor(pack, prebuilt), undefined);
    rmSync(join(pack, '99-notes.md'));
    const renamed = join(dir, 'other-name');
    cpSync(pack, renamed, { recursive: true });
    assert.equal(prebuiltPackFor(renamed, prebuilt), undefined);
    assert.equal(prebuiltPackFor(join(dir, 'missing'), prebuilt), undefined);
    const loaded = prebuiltPackFor(pack, prebuilt)!;
    assert.equal(prebuiltRulesFor(loaded.pack, { disabledRules: ['stability'] }, prebuilt), undefined);
    assert.equal(prebuiltRulesFor(loaded.pack, { extraPhrases: ['no way'] }, prebuilt), undefined);
    assert.equal(prebuiltRulesFor(loadPackDir(pack).pack, {}, prebuilt), undefined, 'only for the pack it gave');
  });

  it('is embedded in the built cli-engine.js as the loader would load it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(join(REPO, 'dist', 'cli-engine.js')) as { loadPackDir(dir: string): LoadResult; compileRuleSources(pack: unknown, options: object): unknown };
    const loaded = engine.loadPackDir(pack);
    same(loaded, loadPackDir(pack));
    same(engine.compileRuleSources(loaded.pack, {}), compileRuleSources(loaded.pack, {}));
  });
});
