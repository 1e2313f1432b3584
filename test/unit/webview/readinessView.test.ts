import * as assert from 'node:assert/strict';
import { parseOpenTarget } from '../../../src/core/practice/protocol';
import { practicePrompts } from '../../../src/core/practice/prompts';
import { readiness } from '../../../src/core/practice/readiness';
import type { RoundRecord } from '../../../src/core/practice/rounds';
import { buildBank } from '../../../src/core/quiz/bank';
import { Scheduler } from '../../../src/core/quiz/schedule';
import { readinessView } from '../../../src/webview/readiness/view';
import { h, toHtml, type Child, type VNode } from '../../../src/webview/readiness/vnode';
import { bundledPack } from '../helpers/packFiles';
import { FakeClock } from '../core/quiz/helpers';

const START = new Date(2026, 2, 2, 9, 0, 0).getTime();

function all(nodes: readonly Child[], test: (n: VNode) => boolean, found: VNode[] = []): VNode[] {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (test(n)) found.push(n);
    all(n.children, test, found);
  }
  return found;
}
const text = (n: Child): string => (typeof n === 'string' ? n : n.children.map(text).join(''));

describe('views written as HTML (vnode)', () => {
  it('escapes text and attribute values, and writes SVG inline', () => {
    const html = toHtml(h('p', { title: '"><script>x</script>', 'data-open': JSON.stringify({ kind: 'draft', path: 'a&b.md' }) }, '<img src=x onerror=alert(1)>', h('svg', { viewBox: '0 0 1 1' }, h('rect', { x: 0 }))));
    assert.equal(html, '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" data-open="{&quot;kind&quot;:&quot;draft&quot;,&quot;path&quot;:&quot;a&amp;b.md&quot;}">&lt;img src=x onerror=alert(1)&gt;<svg viewBox="0 0 1 1"><rect x="0"></rect></svg></p>');
  });

  it('refuses event handler attributes and names that are not names', () => {
    assert.throws(() => toHtml(h('p', { onclick: 'x()' })), /bad attribute/);
    assert.throws(() => toHtml(h('p', { 'a b': '1' })), /bad attribute/);
    assert.throws(() => toHtml(h('p onload=x', {})), /bad tag/);
  });

  it('leaves out false and undefined children and attributes', () => {
    assert.equal(toHtml(h('ul', { class: undefined }, false, undefined, h('li', {}, 'a'))), '<ul><li>a</li></ul>');
  });
});

describe('the readiness dashboard view', () => {
  const pack = bundledPack();
  const bank = buildBank(pack);
  const prompts = practicePrompts(pack);
  const scheduler = new Scheduler(new FakeClock(START).now);
  const rounds: RoundRecord[] = [40, 90].map((score, i) => ({ id: `r${i}`, promptId: 'pitch', question: 'Pitch', startedAt: new Date(START - 600_000).toISOString(), finishedAt: new Date(START - (2 - i) * 60_000).toISOString(), score, grade: 3, targetSeconds: 30, spokenSeconds: 25, redFlags: 0, draft: 'answers/<b>pitch</b>.md' }));
  const r = readiness({ pack, bank, quizCards: {}, prompts, rounds, roundCards: {}, drafts: [], scheduler });
  const view = readinessView(r, 'figures in 3 ms', { 'data-opening': '{"openedAt":1}' });

  it('draws five charts, each with a table of the same figures', () => {
    const sections = all(view, (n) => n.tag === 'section');
    assert.deepEqual(sections.map((s) => s.attrs['id']), ['mastery', 'due', 'scores', 'coverage', 'redflags']);
    const masteryRows = all(view, (n) => n.tag === 'g' && n.attrs['class']!.toString().startsWith('bar-row')).slice(0, r.mastery.length);
    assert.equal(masteryRows.length, r.mastery.length);
    const table = all(view, (n) => n.tag === 'table' && n.attrs['id'] === 'mastery-table')[0]!;
    const body = all([table], (n) => n.tag === 'tbody')[0]!;
    assert.equal(body.children.length, r.mastery.length);
    const pitch = all(view, (n) => n.tag === 'g' && n.attrs['class'] === 'spark clickable').find((g) => /Pitch/.test(String(g.attrs['aria-label'])))!;
    assert.deepEqual(all([pitch], (n) => n.tag === 'circle').map((c) => c.attrs['data-value']), [40, 90]);
  });

  it('every bar and link opens a valid target, and the bars are buttons for the keyboard', () => {
    const openers = all(view, (n) => n.attrs['data-open'] !== undefined);
    assert.ok(openers.length > 20);
    for (const o of openers) assert.ok(parseOpenTarget(JSON.parse(String(o.attrs['data-open']))), String(o.attrs['data-open']));
    for (const g of openers.filter((o) => o.tag === 'g')) {
      assert.equal(g.attrs['role'], 'button');
      assert.equal(g.attrs['tabindex'], 0);
      assert.ok(g.attrs['aria-label']);
    }
  });

  it('as HTML, shows what a draft path says only as text', () => {
    const html = view.map(toHtml).join('');
    assert.ok(!html.includes('<b>pitch</b>'));
    assert.ok(html.includes('&lt;b&gt;pitch&lt;/b&gt;'));
    assert.match(html, /<p class="muted footer" id="timing" data-opening="\{&quot;openedAt&quot;:1\}">figures in 3 ms<\/p>$/);
    assert.match(text(view[1]!), /2\/\d+ questions practised|1\/\d+ questions practised in 2 rounds/);
  });
});
