import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'interview-coach.interview-coach';

function ourExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

describe('activation', () => {
  it('is loaded from the development folder under its id', () => {
    const ext = ourExtension();
    assert.equal(ext.packageJSON.name, 'interview-coach');
    assert.equal(ext.packageJSON.publisher, 'interview-coach');
  });

  it('activates', async () => {
    const ext = ourExtension();
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('opened the fixture workspace', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    const answers = await vscode.workspace.findFiles('answers/*.md');
    assert.ok(
      answers.some((uri) => uri.path.endsWith('/answers/why-netflix.md')),
      `answers/why-netflix.md not found in ${folders[0].uri.toString()}`,
    );
  });

  it('registers every command it contributes', async () => {
    await ourExtension().activate();
    const all = new Set(await vscode.commands.getCommands(true));
    assert.ok(all.has('workbench.action.quickOpen'), 'getCommands(true) did not list built-in commands');
    const contributed: Array<{ command: string }> =
      ourExtension().packageJSON.contributes?.commands ?? [];
    const missing = contributed.map((c) => c.command).filter((id) => !all.has(id));
    assert.deepEqual(missing, [], 'contributed in package.json but not registered');
  });
});
