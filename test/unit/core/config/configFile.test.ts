import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../helpers/packFiles';
import { CONFIG_FILE_KEYS, CONFIG_FILE_NAME, overlay, parseConfigFile, resolveConfig, type ConfigReader } from '../../../../src/core/config/configFile';
import { normalizeLintSettings } from '../../../../src/core/lint/settings';
import { setJsoncValue } from '../../../../src/core/config/jsonc';

/** A file system of a few files, as the config walk sees it. */
function fakeReader(files: Record<string, string>, repoRoots: string[] = []): ConfigReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      return files[path];
    },
    isRepositoryRoot: (dir) => repoRoots.includes(dir),
  };
}

describe('config file: .interview-coach.jsonc', () => {
  it('reads keys nested or dotted, without the interviewCoach. prefix, by full or short name', () => {
    const nested = parseConfigFile('/r/.interview-coach.jsonc', '{ "lint": { "disabledRules": ["stability"], "severity": { "team-as-family": "error" } } }').file!;
    const dotted = parseConfigFile('/r/.interview-coach.jsonc', '{ "lint.disabledRules": ["stability"], "lint.severity": { "team-as-family": "error" } }').file!;
    for (const f of [nested, dotted]) {
      assert.deepEqual(f.get('interviewCoach.lint.disabledRules'), ['stability']);
      assert.deepEqual(f.get('lint.severity'), { 'team-as-family': 'error' });
      const s = normalizeLintSettings(f.get);
      assert.deepEqual(s.disabledRules, ['stability']);
      assert.deepEqual(s.severity, { 'team-as-family': 'error' });
    }
    assert.equal(nested.dir, '/r');
  });

  it('takes comments, trailing commas and a byte order mark, as VS Code does', () => {
    const { file, problems } = parseConfigFile('/r/.interview-coach.jsonc', '\ufeff{\n  // mine\n  "coach.wordsPerMinute": 140, /* slow */\n}\n');
    assert.deepEqual(problems, []);
    assert.equal(file!.get('interviewCoach.coach.wordsPerMinute'), 140);
  });

  it('names file, line and column of a syntax error, and of an unknown key, and ignores both', () => {
    const broken = parseConfigFile('/r/.interview-coach.jsonc', '{\n  "lint.enabled": false\n  "coach.enabled": false\n}');
    assert.equal(broken.file, undefined);
    assert.equal(broken.problems.length, 1);
    assert.deepEqual([broken.problems[0]!.file, broken.problems[0]!.line, broken.problems[0]!.column], ['/r/.interview-coach.jsonc', 3, 3]);
    const unknown = parseConfigFile('/r/x.jsonc', '{\n  "lint": {\n    "disabledRule": ["stability"]\n  },\n  "interviewCoach.lint.enabled": false,\n  "interviewDate": "2026-01-01"\n}');
    assert.deepEqual(
      unknown.problems.map((p) => [p.line, p.message]),
      [
        [3, 'unknown setting "lint.disabledRule"; ignored'],
        [5, 'unknown setting "interviewCoach.lint.enabled" (write it without "interviewCoach."); ignored'],
        [6, 'unknown setting "interviewDate" (the interview date is a VS Code setting only); ignored'],
      ],
    );
    assert.equal(unknown.file!.get('lint.disabledRule'), undefined);
    assert.equal(unknown.file!.get('interviewDate'), undefined);
    assert.deepEqual(parseConfigFile('/r/x.jsonc', '').problems, []);
    assert.deepEqual(parseConfigFile('/r/x.jsonc', '{ "$schema": "./schema.json" }').problems, []);
    assert.match(parseConfigFile('/r/x.jsonc', '["a"]').problems[0]!.message, /expected an object/);
  });

  it('walks from a folder up to the repository root, the nearest file winning per key', () => {
    const reader = fakeReader(
      {
        '/users/me/.interview-coach.jsonc': '{ "lint.enabled": false }',
        '/users/me/repo/.interview-coach.jsonc': '{ "lint": { "disabledRules": ["stability"] }, "coach.wordsPerMinute": 130 }',
        '/users/me/repo/answers/.interview-coach.jsonc': '{ "coach": { "wordsPerMinute": 170 } }',
      },
      ['/users/me/repo'],
    );
    const config = resolveConfig('/users/me/repo/answers/', reader);
    assert.deepEqual(config.files.map((f) => f.path), ['/users/me/repo/answers/.interview-coach.jsonc', '/users/me/repo/.interview-coach.jsonc']);
    assert.equal(config.get('interviewCoach.coach.wordsPerMinute'), 170);
    assert.deepEqual(config.get('lint.disabledRules'), ['stability']);
    // Above the repository root is not read.
    assert.equal(config.get('lint.enabled'), undefined);
    assert.ok(!reader.reads.includes('/users/me/.interview-coach.jsonc'));
    assert.equal(config.fileFor('lint.disabledRules')!.dir, '/users/me/repo');
    // Without a repository, up to the root of the file system (or a stop folder).
    assert.equal(resolveConfig('/users/me/x', fakeReader({ '/users/me/.interview-coach.jsonc': '{ "lint.enabled": false }' })).get('lint.enabled'), false);
    assert.equal(resolveConfig('/users/me/x', fakeReader({ '/users/me/.interview-coach.jsonc': '{ "lint.enabled": false }' }), '/users/me/x').get('lint.enabled'), undefined);
    assert.equal(resolveConfig('C:/r/a', fakeReader({ [`C:/${CONFIG_FILE_NAME}`]: '{ "lint.enabled": false }' })).get('lint.enabled'), false);
  });

  it('wins over the editor settings for the keys it sets, and only those', () => {
    const file = parseConfigFile('/r/.interview-coach.jsonc', '{ "lint.disabledRules": [] }').file!;
    const editor: Record<string, unknown> = { 'interviewCoach.lint.disabledRules': ['stability'], 'interviewCoach.lint.enabled': false };
    const get = overlay(file, (key) => editor[key]);
    assert.deepEqual(get('interviewCoach.lint.disabledRules'), []);
    assert.equal(get('interviewCoach.lint.enabled'), false);
  });

  it('knows every setting of package.json except the interview date', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> }[] } };
    const settings = pkg.contributes.configuration.flatMap((c) => Object.keys(c.properties)).map((k) => k.replace(/^interviewCoach\./, ''));
    assert.deepEqual([...CONFIG_FILE_KEYS].sort(), settings.filter((k) => k !== 'interviewDate').sort());
  });
});

describe('config file: editing', () => {
  it('sets a key where the file spells it, nested or flat, keeping comments and a byte order mark', () => {
    const nested = '\ufeff{\n  // ours\n  "lint": { "disabledRules": ["stability"] },\n}\n';
    const after = setJsoncValue(nested, 'lint.disabledRules', ['stability', 'team-as-family']);
    assert.ok(after.startsWith('\ufeff{\n  // ours\n'));
    assert.deepEqual(parseConfigFile('/r/x.jsonc', after).file!.get('lint.disabledRules'), ['stability', 'team-as-family']);
    assert.ok(!after.includes('"lint.disabledRules"'));

    const flat = '{ "lint.disabledRules": [] /* none yet */ }';
    const flatAfter = setJsoncValue(flat, 'lint.disabledRules', ['stability']);
    assert.match(flatAfter, /"lint\.disabledRules": \[\s*"stability"\s*\]/);
    assert.match(flatAfter, /none yet/);

    const added = setJsoncValue('{}', 'lint.disabledRules', ['x']);
    assert.deepEqual(parseConfigFile('/r/x.jsonc', added).file!.get('lint.disabledRules'), ['x']);
  });
});
