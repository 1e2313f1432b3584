#!/usr/bin/env node
// The CLI as another repository gets it: `npm pack` makes the tarball (prepack builds it), which
// must hold only the CLI, the default pack and the licence (npm adds package.json and README);
// installed offline into an empty project with a `.git` and an `.interview-coach.jsonc`,
// `npx interview-coach lint` with no flags must read that config and find the red flags.
// Exit 0 when all holds, 1 otherwise. Run by `npm test` (scripts/test.sh).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const work = mkdtempSync(join(tmpdir(), 'ic-tarball-'));
const failures = [];
const check = (ok, message) => {
  console.log(`[cli-tarball] ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const { filename, files, size } = packed[0];
  const paths = files.map((f) => f.path).sort();
  console.log(`[cli-tarball] ${filename}: ${(size / 1024).toFixed(1)} KB, ${paths.length} files`);
  const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^dist\/cli\.js$/, /^dist\/cli-(?:main|engine|commands)\.js$/, /^content\/[\w-]+\/[\w-]+\.md$/];
  const stray = paths.filter((p) => !allowed.some((re) => re.test(p)));
  check(stray.length === 0, `only the CLI, the default pack and the licence${stray.length ? `; also: ${stray.join(', ')}` : ''}`);
  for (const need of ['dist/cli.js', 'dist/cli-main.js', 'dist/cli-engine.js', 'dist/cli-commands.js', 'LICENSE', 'content/netflix-ml-media-algorithms/pack.md']) check(paths.includes(need), `holds ${need}`);

  // An empty project elsewhere: a repository with one draft and the shared config file.
  const project = join(work, 'project');
  mkdirSync(join(project, '.git'), { recursive: true });
  mkdirSync(join(project, 'answers'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "my-prep", "private": true }\n');
  writeFileSync(join(project, '.interview-coach.jsonc'), '// shared by the editor, the CLI and the hook\n{ "lint": { "disabledRules": ["stability"] }, "lint.severity": { "team-as-family": "error" } }\n');
  writeFileSync(join(project, 'answers', 'why.md'), '# Why Netflix\n\nI want job security and a team that is like a family, building tools with studio artists.\n');
  const env = { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  const install = spawnSync('npm', ['install', '--offline', '--no-save', join(work, filename)], { cwd: project, env, encoding: 'utf8' });
  check(install.status === 0, `npm install --offline of the tarball${install.status ? `:\n${install.stdout}${install.stderr}` : ''}`);

  const lint = spawnSync('npx', ['--no-install', 'interview-coach', 'lint', '--format', 'json', 'answers/'], { cwd: project, env, encoding: 'utf8' });
  let findings = [];
  try {
    findings = JSON.parse(lint.stdout);
  } catch {
    check(false, `lint printed JSON:\n${lint.stdout}${lint.stderr}`);
  }
  const ids = findings.map((f) => `${f.ruleId}:${f.severity}`);
  check(lint.status === 1, `npx interview-coach lint exits 1 on a red flag (got ${lint.status}${lint.stderr ? `; stderr: ${lint.stderr.trim()}` : ''})`);
  check(ids.includes('team-as-family:error'), 'the config file raised team-as-family to an error');
  check(!ids.some((id) => id.startsWith('stability:')), 'the config file turned stability off');
} catch (err) {
  check(false, `ran to the end: ${err.stack ?? err}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) process.exitCode = 1;
