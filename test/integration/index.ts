// Mocha entry that the VS Code extension host loads (`--extensionTestsPath`). It runs every
// `*.test.js` compiled next to it (out/test/integration/**), and fails the run when no test ran,
// so a broken glob or an emptied suite can never pass silently.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    return Promise.reject(new Error(`No *.test.js files under ${__dirname}: build first (npm run build).`));
  }
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    let ran = 0;
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else if (ran === 0) reject(new Error(`No integration test ran (${files.length} file(s) loaded).`));
      else resolve();
    });
    runner.on('test end', (test) => {
      if (test.state === 'passed' || test.state === 'failed') ran++;
    });
  });
}
