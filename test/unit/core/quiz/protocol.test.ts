import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildBank } from '../../../../src/core/quiz/bank';
import { parseHostMessage, parseWebviewMessage } from '../../../../src/core/quiz/protocol';
import { createSession, reduce, view } from '../../../../src/core/quiz/session';
import { bundledPack } from '../../helpers/packFiles';

describe('quiz message protocol', () => {
  it('accepts every well-formed webview message', () => {
    const good = [
      { type: 'ready' },
      { type: 'next' },
      { type: 'end' },
      { type: 'timeUp' },
      { type: 'retryMissed' },
      { type: 'newSession' },
      { type: 'reveal', questionId: 'a/b' },
      { type: 'answer', questionId: 'a/b', response: { kind: 'single', choice: 2 } },
      { type: 'answer', questionId: 'a/b', response: { kind: 'multi', choices: [0, 3] } },
      { type: 'answer', questionId: 'a/b', response: { kind: 'short', text: 'control' } },
      { type: 'answer', questionId: 'a/b', response: { kind: 'recite', text: 'I am…' } },
      { type: 'answer', questionId: 'a/b', response: { kind: 'card', grade: 4 } },
      { type: 'openSource', sectionId: 'culture', anchor: 'Key values' },
      { type: 'openSource', sectionId: 'culture' },
    ];
    for (const m of good) assert.deepEqual(parseWebviewMessage(m), m, JSON.stringify(m));
  });

  it('rejects malformed webview messages', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'ready',
      [],
      { type: 'hack' },
      { type: 'answer' },
      { type: 'answer', questionId: '', response: { kind: 'single', choice: 1 } },
      { type: 'answer', questionId: 'a', response: { kind: 'single', choice: -1 } },
      { type: 'answer', questionId: 'a', response: { kind: 'single', choice: 1.5 } },
      { type: 'answer', questionId: 'a', response: { kind: 'multi', choices: [1, 1] } },
      { type: 'answer', questionId: 'a', response: { kind: 'card', grade: 5 } },
      { type: 'answer', questionId: 'a', response: { kind: 'short', text: 42 } },
      { type: 'answer', questionId: 'a', response: { kind: 'short', text: 'x'.repeat(20_001) } },
      { type: 'reveal' },
      { type: 'openSource', sectionId: 3 },
      { type: 'openSource', sectionId: 'a', anchor: {} },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

  it('drops extra fields instead of passing them through', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'next', html: '<script>' }), { type: 'next' });
  });

  it('accepts every view the session produces, and rejects broken ones', () => {
    const bank = buildBank(bundledPack());
    const now = new Date(Date.UTC(2026, 0, 5));
    let s = createSession({ id: 's', packId: bank.packId, kind: 'all', title: 'T', questions: bank.questions.slice(0, 40), seed: 3, now });
    const intervals = () => ['1 min', '6 min', '10 min', '8 days'] as [string, string, string, string];
    let checked = 0;
    while (s.phase !== 'done') {
      const v = view(s, bank, intervals);
      const msg = { type: 'view', view: v, token: JSON.parse(JSON.stringify(s)) };
      assert.deepEqual(parseHostMessage(JSON.parse(JSON.stringify(msg))), JSON.parse(JSON.stringify(msg)));
      checked++;
      const q = v.screen.type === 'question' || v.screen.type === 'feedback' ? v.screen.question : undefined;
      if (s.phase === 'feedback') s = reduce(s, { type: 'next' }, bank, () => 'in 1 day', now);
      else if (q!.kind === 'card' && s.phase === 'question') s = reduce(s, { type: 'reveal', questionId: q!.id }, bank, () => '', now);
      else {
        const response =
          q!.kind === 'single' ? { kind: 'single' as const, choice: 0 } : q!.kind === 'multi' ? { kind: 'multi' as const, choices: [0, 1] } : q!.kind === 'card' ? { kind: 'card' as const, grade: 3 as const } : { kind: q!.kind, text: 'something' };
        s = reduce(s, { type: 'answer', questionId: q!.id, response }, bank, () => 'in 1 day', now);
      }
    }
    const summary = { type: 'view', view: view(s, bank, intervals) };
    assert.deepEqual(parseHostMessage(JSON.parse(JSON.stringify(summary))), JSON.parse(JSON.stringify(summary)));
    assert.ok(checked > 60);

    assert.equal(parseHostMessage({ type: 'view', view: { screen: { type: 'question' } } }), undefined);
    assert.equal(parseHostMessage({ type: 'view', view: { screen: { type: 'empty', message: 5 } } }), undefined);
    assert.equal(parseHostMessage({ type: 'error' }), undefined);
    assert.deepEqual(parseHostMessage({ type: 'error', message: 'x' }), { type: 'error', message: 'x' });
  });

  it('is self-contained: the webview bundle imports only this file', () => {
    const text = readFileSync('src/core/quiz/protocol.ts', 'utf8');
    assert.doesNotMatch(text, /^\s*import\s/m);
  });
});
