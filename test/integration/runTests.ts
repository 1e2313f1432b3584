// Runs the integration suite (out/test/integration/index.js) inside real VS Code through
// @vscode/test-electron's unmodified `runTests`. Here that VS Code is code-server driven by
// scripts/vscode-launcher.mjs (installed by scripts/install-test-deps.sh); on a machine without
// it (and with internet) runTests downloads desktop VS Code instead.
// Env: IC_VSCODE_EXECUTABLE overrides the executable; the launcher reads IC_TEST_TIMEOUT_MS,
// IC_SCREENSHOT_DIR, IC_USER_SETTINGS.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(__dirname, '../../..'); // out/test/integration -> repo root

function vscodeExecutable(): string | undefined {
  if (process.env.IC_VSCODE_EXECUTABLE) return resolve(process.env.IC_VSCODE_EXECUTABLE);
  const installed = existsSync(join(root, '.cache/test-deps/.installed'));
  return installed ? join(root, 'scripts/vscode-launcher.mjs') : undefined;
}

async function main(): Promise<number> {
  const extensionTestsPath = join(root, 'out/test/integration/index.js');
  if (!existsSync(join(root, 'dist/extension.js')) || !existsSync(extensionTestsPath)) {
    console.error('dist/ or out/ is missing: run `npm run build` first.');
    return 1;
  }
  // A fresh copy each run, outside the repo (so the git extension does not scan this repo).
  const workspace = mkdtempSync(join(tmpdir(), 'interview-coach-ws-'));
  const removeWorkspace = (): void => rmSync(workspace, { recursive: true, force: true });
  process.once('exit', removeWorkspace);
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

  const vscodeExecutablePath = vscodeExecutable();
  console.log(`VS Code: ${vscodeExecutablePath ?? 'desktop build downloaded by @vscode/test-electron'}`);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath,
      vscodeExecutablePath,
      launchArgs: [workspace, '--disable-extensions'],
    });
    return 0;
  } catch (err) {
    console.error(`Integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    removeWorkspace();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
