// My Drafts, found without a file system path: the workspace's drafts through findFiles and
// vscode.workspace.fs, each with its question as its label. Run in the web worker host by
// `run.mjs --web`, where nothing but those APIs can reach the files.
import assert from 'node:assert/strict';
import { session } from './lib/session.mjs';
import { until } from './lib/workbench.mjs';

const QUESTIONS = ['How do you handle ambiguity?', 'Tell me about a time you disagreed with someone', 'What ML work are you proudest of?', 'Why do you want to work here?'];

describe('My Drafts', function () {
  const wb = () => session.wb;

  it('lists every answer draft of the workspace by its question', async function () {
    await wb().openContainer('Interview Coach');
    await wb().focusView('My Drafts');
    const drafts = wb().tree('My Drafts');
    const rows = await until(
      () => wb().treeRows(drafts),
      (r) => QUESTIONS.every((q) => r.some((row) => row.label === q)),
      { message: `the ${QUESTIONS.length} example drafts in My Drafts` },
    );
    for (const q of QUESTIONS) assert.ok(rows.some((r) => r.label === q && r.level === 1), q);
  });
});
