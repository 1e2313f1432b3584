import * as assert from 'node:assert/strict';
import { draftsFolder } from '../../../../src/core/coach/draftsFolder';

describe('coach: the drafts folder stays inside the workspace', () => {
  const ws = '/users/me/prep';
  it('takes a relative folder below the workspace, never above it', () => {
    assert.deepEqual(draftsFolder(ws, 'prep/drafts'), { segments: ['prep', 'drafts'] });
    assert.deepEqual(draftsFolder(ws, '../../.ssh'), { segments: ['.ssh'] });
    assert.deepEqual(draftsFolder(ws, ''), { segments: ['answers'] });
    assert.deepEqual(draftsFolder(ws, './..'), { segments: ['answers'] });
  });

  it('takes an absolute folder only when it is inside the workspace', () => {
    assert.deepEqual(draftsFolder(ws, '/users/me/prep/answers/2026'), { segments: ['answers', '2026'] });
    assert.deepEqual(draftsFolder(ws, '/users/me/prep/'), { segments: [] });
    for (const outside of ['/users/me/.ssh', '/etc', '/users/me/prep/../.ssh', '/users/me/prepx/a', '/users/me', '/']) {
      const r = draftsFolder(ws, outside);
      assert.deepEqual(r.segments, ['answers'], outside);
      assert.match(r.ignored!, /outside the workspace folder/, outside);
    }
  });

  it('understands Windows paths, with drive letters in any case', () => {
    const win = 'C:\\Users\\me\\prep';
    assert.deepEqual(draftsFolder(win, 'c:\\users\\me\\prep\\answers'), { segments: ['answers'] });
    assert.deepEqual(draftsFolder(win, 'D:\\answers').segments, ['answers']);
    assert.ok(draftsFolder(win, 'D:\\answers').ignored);
    assert.ok(draftsFolder(win, '\\\\server\\share\\x').ignored);
  });
});
