/**
 * The quiz panel's page. It renders whatever view the host sends and sends back what the
 * candidate does; it never decides right or wrong. Every piece of pack content goes into the page
 * as text (`textContent`), never as HTML, so markup or a <script> in a pack is shown, not run.
 * Keyboard: 1–9 pick an option, Enter submits or moves on, Space reveals a card, 1–4 grade it.
 */
import {
  GRADE_LABELS,
  isQuizView,
  parseHostMessage,
  type Grade,
  type OptionMark,
  type QuestionView,
  type QuizView,
  type ResultView,
  type SessionHeader,
  type SessionToken,
  type SummaryView,
  type WebviewMessage,
} from '../../core/quiz/protocol';
import type { Codicon } from '../codicons';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface Draft {
  text?: string;
  choices?: number[];
}

/** What survives the panel being hidden (and, through the serializer, a window reload). */
interface PersistedState {
  view?: QuizView;
  token?: SessionToken;
  drafts: Record<string, Draft>;
}

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let state: PersistedState = loadState();
let timer: ReturnType<typeof setInterval> | undefined;
let timeUpSent = false;
/** The primary action of the screen (submit, next…), run by Enter. */
let primary: (() => void) | undefined;
/** Keys the screen handles (digits, Space, letters). */
let keys: Record<string, () => void> = {};

function loadState(): PersistedState {
  const saved = vscode.getState() as Partial<PersistedState> | undefined;
  const drafts = saved && typeof saved.drafts === 'object' && saved.drafts !== null ? (saved.drafts as Record<string, Draft>) : {};
  return {
    ...(saved && isQuizView(saved.view) ? { view: saved.view } : {}),
    ...(saved && typeof saved.token === 'object' && saved.token !== null ? { token: saved.token } : {}),
    drafts,
  };
}

function save(): void {
  vscode.setState(state);
}

function send(message: WebviewMessage): void {
  vscode.postMessage(message);
}

// --- tiny DOM helpers: text only, never innerHTML ---------------------------------------------

type Child = Node | string | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function icon(name: Codicon): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

function kbd(text: string): HTMLElement {
  return h('kbd', { 'aria-hidden': 'true' }, text);
}

function button(label: Child[], onClick: () => void, attrs: Record<string, string | undefined> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, ...label);
  b.addEventListener('click', onClick);
  return b;
}

function announce(text: string): void {
  const live = document.getElementById('announce');
  if (!live) return;
  // Clear first so the same words twice are still announced.
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 50);
}

function answerNode(answer: string | readonly string[]): HTMLElement {
  return typeof answer === 'string' ? h('p', { class: 'answer-text' }, answer) : h('ul', { class: 'answer-list' }, ...answer.map((a) => h('li', {}, a)));
}

function sourceLink(q: QuestionView): HTMLElement {
  const a = button([icon('go-to-file'), ` Open in guide: ${q.source.label}`], () => send({ type: 'openSource', sectionId: q.source.sectionId, ...(q.source.anchor ? { anchor: q.source.anchor } : {}) }), {
    class: 'link',
    title: 'Open the guide at this item (O)',
  });
  return a;
}

// --- rendering ------------------------------------------------------------------------------

function render(view: QuizView): void {
  primary = undefined;
  keys = {};
  if (timer) clearInterval(timer);
  timer = undefined;
  const main = h('main', { id: 'main', tabindex: '-1', 'aria-labelledby': 'prompt' });
  const live = h('div', { id: 'announce', class: 'sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const error = h('div', { id: 'error', class: 'error', role: 'alert', hidden: '' });
  app.replaceChildren(...(view.header ? [renderHeader(view.header)] : []), error, main, live);
  const screen = view.screen;
  switch (screen.type) {
    case 'question':
      renderQuestion(main, screen.question, screen.reveal);
      break;
    case 'feedback':
      renderFeedback(main, screen.question, screen.result);
      break;
    case 'summary':
      renderSummary(main, screen.summary);
      break;
    case 'empty':
      main.append(
        h('h2', { id: 'prompt' }, screen.message),
        h('p', { class: 'hint' }, 'Run “Interview Coach: Start Quiz” or press N.'),
        h('div', { class: 'actions' }, button([icon('play'), ' Start a quiz ', kbd('N')], () => send({ type: 'newSession' }), { class: 'primary' })),
      );
      keys['n'] = () => send({ type: 'newSession' });
      focusFirst(main);
      break;
  }
}

function renderHeader(head: SessionHeader): HTMLElement {
  const pct = head.total ? Math.round((100 * head.answered) / head.total) : 0;
  const fill = h('div', { class: 'fill' });
  fill.style.width = `${pct}%`;
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Progress', 'aria-valuemin': '0', 'aria-valuemax': String(head.total), 'aria-valuenow': String(head.answered), 'aria-valuetext': `${head.answered} of ${head.total} answered` }, fill);
  const counter = h('span', { class: 'counter' }, `Question ${head.position} of ${head.total}`, h('span', { class: 'score' }, ` · ${head.correct}/${head.answered} right`));
  const parts: HTMLElement[] = [h('h1', {}, head.title), counter];
  if (head.deadline !== undefined) {
    const clock = h('span', { class: 'timer', role: 'timer', 'aria-label': 'Time left' }, icon('watch'), h('span', { class: 'time' }, ''));
    parts.push(clock);
    const tick = () => {
      const left = Math.max(0, head.deadline! - Date.now());
      const s = Math.ceil(left / 1000);
      clock.querySelector('.time')!.textContent = ` ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
      clock.classList.toggle('low', s <= 15);
      if (left <= 0 && !timeUpSent) {
        timeUpSent = true;
        announce('Time is up.');
        send({ type: 'timeUp' });
      }
    };
    tick();
    timer = setInterval(tick, 250);
  }
  parts.push(button([icon('debug-stop'), ' End'], () => send({ type: 'end' }), { class: 'secondary end', title: 'End the session and see the summary' }));
  return h('header', { class: 'bar' }, h('div', { class: 'bar-row' }, ...parts), bar);
}

function renderQuestion(main: HTMLElement, q: QuestionView, reveal: Extract<QuizView['screen'], { type: 'question' }>['reveal']): void {
  const draft = (state.drafts[q.id] ??= {});
  main.append(h('p', { class: 'source' }, icon('bookmark'), ` ${q.source.label}`), h('h2', { id: 'prompt', class: 'prompt' }, q.prompt));
  if (q.inferred) main.append(inferredNote(q.inferred));
  const actions = h('div', { class: 'actions' });

  if (q.kind === 'single' || q.kind === 'multi') {
    const isMulti = q.kind === 'multi';
    const options = q.options ?? [];
    const chosen = new Set(draft.choices ?? []);
    main.append(h('p', { class: 'hint', id: 'hint' }, isMulti ? `Choose all that apply (${q.pick ?? '?'} are right). Press 1–${options.length} to toggle, Enter to submit.` : `Press 1–${options.length} to choose, Enter to submit.`));
    const group = h('div', { class: 'options', role: isMulti ? 'group' : 'radiogroup', 'aria-labelledby': 'prompt', 'aria-describedby': 'hint' });
    const buttons = options.map((text, i) => {
      const b = button([kbd(String(i + 1)), h('span', { class: 'option-text' }, text)], () => toggle(i), { class: 'option', role: isMulti ? 'checkbox' : 'radio', 'aria-checked': String(chosen.has(i)) });
      return b;
    });
    const sync = () => {
      buttons.forEach((b, i) => {
        b.setAttribute('aria-checked', String(chosen.has(i)));
        b.tabIndex = isMulti || chosen.has(i) || (chosen.size === 0 && i === 0) ? 0 : -1;
      });
      submit.disabled = chosen.size === 0;
      draft.choices = [...chosen];
      save();
    };
    const toggle = (i: number) => {
      if (isMulti) {
        if (chosen.has(i)) chosen.delete(i);
        else chosen.add(i);
      } else {
        chosen.clear();
        chosen.add(i);
      }
      sync();
      buttons[i]!.focus();
    };
    // Arrow keys move within a radio group, as screen-reader users expect.
    group.addEventListener('keydown', (e) => {
      if (isMulti || !['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
      e.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (at + (e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
      toggle(next);
    });
    group.append(...buttons);
    main.append(group);
    const submit = button(['Submit ', kbd('Enter')], () => {
      if (chosen.size === 0) return;
      send({ type: 'answer', questionId: q.id, response: isMulti ? { kind: 'multi', choices: [...chosen].sort((a, b) => a - b) } : { kind: 'single', choice: [...chosen][0]! } });
    }, { class: 'primary' });
    actions.append(submit);
    main.append(actions);
    options.forEach((_, i) => {
      if (i < 9) keys[String(i + 1)] = () => toggle(i);
    });
    primary = () => submit.click();
    sync();
    (buttons.find((b) => b.tabIndex === 0) ?? buttons[0])?.focus();
    return;
  }

  if (q.kind === 'short' || q.kind === 'recite' || q.kind === 'fix') {
    const isRecite = q.kind === 'recite' || q.kind === 'fix';
    if (q.kind === 'fix' && q.line) main.append(h('blockquote', { class: 'line', 'aria-label': 'The line to fix' }, q.line));
    main.append(
      h(
        'p',
        { class: 'hint', id: 'hint' },
        q.kind === 'fix'
          ? 'Rewrite the line in the field below: the linter must find no red flag in it, and it must keep a phrase that fits. Enter to submit (Shift+Enter for a new line).'
          : isRecite
            ? 'Type it from memory: every number, name and "not" must be right. Enter to submit (Shift+Enter for a new line).'
            : 'Type your answer. Case, punctuation, word forms and a small typo do not matter; numbers and names do. Enter to submit.',
      ),
    );
    const field = isRecite
      ? h('textarea', { class: 'field', rows: '7', 'aria-labelledby': 'prompt', 'aria-describedby': 'hint', spellcheck: 'false' })
      : h('input', { class: 'field', type: 'text', 'aria-labelledby': 'prompt', 'aria-describedby': 'hint', autocomplete: 'off', spellcheck: 'false' });
    field.value = draft.text ?? (q.kind === 'fix' ? q.line ?? '' : '');
    field.addEventListener('input', () => {
      draft.text = field.value;
      save();
    });
    const kind = q.kind;
    const submit = button(['Submit ', kbd('Enter')], () => send({ type: 'answer', questionId: q.id, response: { kind, text: field.value } }), { class: 'primary' });
    actions.append(submit, button(["I don't know"], () => send({ type: 'answer', questionId: q.id, response: { kind, text: '' } }), { class: 'secondary' }));
    main.append(field, actions);
    primary = () => submit.click();
    field.focus();
    return;
  }

  // A recall card: think (or say it out loud), reveal, grade yourself.
  if (!reveal) {
    main.append(h('p', { class: 'hint' }, 'Answer in your head or out loud, then reveal the answer. Press Space.'));
    const show = button([icon('eye'), ' Show answer ', kbd('Space')], () => send({ type: 'reveal', questionId: q.id }), { class: 'primary' });
    actions.append(show);
    main.append(actions);
    keys[' '] = () => show.click();
    primary = () => show.click();
    show.focus();
    return;
  }
  const answer = h('section', { class: 'revealed', 'aria-label': 'Answer' }, answerNode(reveal.answer), reveal.explanation ? h('p', { class: 'explanation' }, reveal.explanation) : false);
  main.append(answer, h('p', { class: 'hint', id: 'grade-hint' }, 'How well did you know it? Press 1–4.'));
  const grades = h('div', { class: 'grades', role: 'group', 'aria-labelledby': 'grade-hint' });
  ([1, 2, 3, 4] as Grade[]).forEach((g) => {
    const b = button([kbd(String(g)), h('span', { class: 'grade-name' }, GRADE_LABELS[g]), h('span', { class: 'interval' }, reveal.intervals[g - 1]!)], () => send({ type: 'answer', questionId: q.id, response: { kind: 'card', grade: g } }), {
      class: `grade grade-${g}`,
      'aria-label': `${GRADE_LABELS[g]}: again in ${reveal.intervals[g - 1]}`,
    });
    grades.append(b);
    keys[String(g)] = () => b.click();
  });
  main.append(grades, h('div', { class: 'actions' }, sourceLink(q)));
  keys['o'] = () => send({ type: 'openSource', sectionId: q.source.sectionId, ...(q.source.anchor ? { anchor: q.source.anchor } : {}) });
  announce(`Answer: ${typeof reveal.answer === 'string' ? reveal.answer : reveal.answer.join(', ')}`);
  (grades.children[2] as HTMLElement).focus();
}

/** The answer rests on something the guide implies but does not state: say so, and why. */
function inferredNote(reason: string): HTMLElement {
  return h('p', { class: 'inferred', role: 'note' }, icon('info'), h('strong', {}, ' Inferred, not stated in the guide: '), reason);
}

function markIcon(mark: OptionMark): HTMLElement | undefined {
  if (mark === 'correct') return icon('pass-filled');
  if (mark === 'wrong') return icon('error');
  if (mark === 'missed') return icon('circle-large-outline');
  return undefined;
}

const MARK_TEXT: Record<OptionMark, string> = { correct: 'right, you picked it', wrong: 'wrong, you picked it', missed: 'right, you missed it', none: '' };

function renderFeedback(main: HTMLElement, q: QuestionView, r: ResultView): void {
  delete state.drafts[q.id];
  save();
  const good = r.correct;
  main.append(h('p', { class: 'source' }, icon('bookmark'), ` ${q.source.label}`), h('h2', { id: 'prompt', class: 'prompt' }, q.prompt));
  const verdict = h('div', { class: `verdict ${good ? 'ok' : 'bad'}` }, icon(good ? 'pass-filled' : 'error'), h('strong', {}, ` ${r.message}`));
  main.append(verdict);
  if (q.inferred) main.append(inferredNote(q.inferred));
  // Which key facts were wrong or missing, and which red flags a rewrite still has: a list each.
  if (r.wrongFacts?.length) main.append(h('p', { class: 'label' }, 'Wrong facts:'), h('ul', { class: 'facts wrong', 'aria-label': 'Wrong facts' }, ...r.wrongFacts.map((w) => h('li', {}, h('ins', {}, w.typed), ' (the guide: ', h('strong', {}, w.expected), ')'))));
  if (r.missingFacts?.length) main.append(h('p', { class: 'label' }, 'Missing facts:'), h('ul', { class: 'facts missing', 'aria-label': 'Missing facts' }, ...r.missingFacts.map((m) => h('li', {}, m))));
  if (r.findings?.length) main.append(h('p', { class: 'label' }, 'Red flags left:'), h('ul', { class: 'facts findings', 'aria-label': 'Red flags left' }, ...r.findings.map((m) => h('li', {}, m))));

  if (q.options && r.marks) {
    main.append(
      h(
        'ul',
        { class: 'options marked', 'aria-label': 'Options' },
        ...q.options.map((text, i) => {
          const mark = r.marks![i] ?? 'none';
          return h('li', { class: `option mark-${mark}` }, markIcon(mark) ?? icon('blank'), h('span', { class: 'option-text' }, text), mark !== 'none' ? h('span', { class: 'sr-only' }, ` (${MARK_TEXT[mark]})`) : false);
        }),
      ),
    );
  } else if (r.diff) {
    const diff = h('p', { class: 'diff', 'aria-label': 'Your recital compared with the guide' });
    for (const t of r.diff) {
      const cls = `w-${t.op}`;
      const label = t.op === 'missing' ? 'missing: ' : t.op === 'extra' ? 'extra: ' : t.op === 'typo' ? 'typo: ' : '';
      const word = t.op === 'missing' ? h('del', { class: cls }, t.text) : t.op === 'extra' ? h('ins', { class: cls }, t.text) : h('span', { class: cls, ...(t.expected ? { title: `guide: ${t.expected}` } : {}) }, t.text);
      if (label) word.prepend(h('span', { class: 'sr-only' }, label));
      diff.append(word, ' ');
    }
    main.append(
      h('div', { class: 'legend', 'aria-hidden': 'true' }, h('span', { class: 'w-same' }, 'kept'), ' ', h('del', { class: 'w-missing' }, 'missing'), ' ', h('ins', { class: 'w-extra' }, 'extra'), ' ', h('span', { class: 'w-typo' }, 'typo')),
      diff,
    );
  } else if (r.yourAnswer !== undefined && r.verdict !== 'self') {
    main.append(h('p', { class: 'yours' }, h('span', { class: 'label' }, 'You wrote: '), typeof r.yourAnswer === 'string' ? r.yourAnswer || '(nothing)' : r.yourAnswer.join(', ')));
  }
  // The marked options already show which were right; elsewhere, show the guide's answer.
  if (!r.marks && (!good || r.verdict === 'typo' || r.verdict === 'partial' || r.diff)) {
    main.append(h('section', { class: 'correct-answer', 'aria-label': 'The answer' }, h('span', { class: 'label' }, 'The guide: '), answerNode(r.correctAnswer)));
  }
  if (r.explanation) main.append(h('p', { class: 'explanation' }, r.explanation));
  main.append(h('p', { class: 'next-review' }, icon('calendar'), ` Next review ${r.nextReview}.`));
  const next = button(['Next ', kbd('Enter')], () => send({ type: 'next' }), { class: 'primary' });
  main.append(h('div', { class: 'actions' }, next, sourceLink(q)));
  primary = () => next.click();
  keys['o'] = () => send({ type: 'openSource', sectionId: q.source.sectionId, ...(q.source.anchor ? { anchor: q.source.anchor } : {}) });
  announce(good ? r.message : `${r.message}${typeof r.correctAnswer === 'string' && !r.message.includes(r.correctAnswer) ? ` The answer: ${r.correctAnswer}.` : ''}`);
  next.focus();
}

function renderSummary(main: HTMLElement, s: SummaryView): void {
  state.drafts = {};
  save();
  const pct = s.answered ? Math.round((100 * s.correct) / s.answered) : 0;
  const ended = s.ended === 'time' ? 'Time is up.' : s.ended === 'early' ? 'Session ended early.' : 'Session complete.';
  main.append(h('h2', { id: 'prompt' }, ended), h('p', { class: 'big-score' }, `${s.correct} of ${s.answered} right`, s.answered ? h('span', { class: 'pct' }, ` (${pct}%)`) : false, s.answered < s.total ? h('span', { class: 'muted' }, ` · ${s.total - s.answered} not reached`) : false));
  if (s.sections.length) {
    main.append(
      h(
        'table',
        { class: 'sections' },
        h('caption', {}, 'Score per section'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Section'), h('th', { scope: 'col' }, 'Right'), h('th', { scope: 'col' }, 'Answered'))),
        h('tbody', {}, ...s.sections.map((x) => h('tr', {}, h('th', { scope: 'row' }, x.title), h('td', {}, String(x.correct)), h('td', {}, String(x.answered))))),
      ),
    );
  }
  const actions = h('div', { class: 'actions' });
  if (s.missed.length) {
    main.append(
      h('h3', {}, `Missed (${s.missed.length})`),
      h(
        'ul',
        { class: 'missed' },
        ...s.missed.map((m) =>
          h(
            'li',
            {},
            h('p', { class: 'missed-prompt' }, m.prompt),
            answerNode(m.answer),
            button([icon('go-to-file'), ` ${m.source.label}`], () => send({ type: 'openSource', sectionId: m.source.sectionId, ...(m.source.anchor ? { anchor: m.source.anchor } : {}) }), { class: 'link' }),
          ),
        ),
      ),
    );
    const retry = button([icon('refresh'), ' Retry missed ', kbd('R')], () => send({ type: 'retryMissed' }), { class: 'primary' });
    actions.append(retry);
    keys['r'] = () => retry.click();
    primary = () => retry.click();
  }
  const another = button([icon('play'), ' New session ', kbd('N')], () => send({ type: 'newSession' }), { class: s.missed.length ? 'secondary' : 'primary' });
  actions.append(another);
  keys['n'] = () => another.click();
  primary ??= () => another.click();
  main.append(actions);
  announce(`${ended} ${s.correct} of ${s.answered} right.`);
  (actions.firstElementChild as HTMLElement | null)?.focus();
}

function focusFirst(main: HTMLElement): void {
  (main.querySelector('button, input, textarea') as HTMLElement | null)?.focus();
}

function showError(message: string): void {
  const el = document.getElementById('error');
  if (!el) return;
  el.textContent = message;
  el.hidden = false;
}

// --- keyboard ---------------------------------------------------------------------------------

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  const target = e.target as HTMLElement;
  const typing = target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
  if (e.key === 'Enter') {
    if (typing && target.tagName === 'TEXTAREA' && e.shiftKey) return;
    // A focused button or link does its own thing on Enter (unless it is an option: Enter submits).
    if (!typing && target.tagName === 'BUTTON' && !target.classList.contains('option') && !target.classList.contains('primary')) return;
    if (primary) {
      e.preventDefault();
      primary();
    }
    return;
  }
  if (typing) return;
  const key = e.key.toLowerCase();
  if (key === ' ' && target.tagName === 'BUTTON' && !keys[' ']) return;
  const action = keys[key];
  if (action) {
    e.preventDefault();
    action();
  }
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseHostMessage(event.data);
  if (!message) return; // Not ours, or malformed: ignored.
  if (message.type === 'error') {
    showError(message.message);
    return;
  }
  const previous = state.view;
  const sameScreen = previous && JSON.stringify(previous) === JSON.stringify(message.view);
  state = { ...state, view: message.view, ...(message.token ? { token: message.token } : {}) };
  if (!message.token) delete state.token;
  if (message.view.header?.deadline !== previous?.header?.deadline) timeUpSent = false;
  save();
  if (!sameScreen) render(message.view);
});

// Show what was on screen at once (after a hide or a reload), then ask the host for the truth.
if (state.view) render(state.view);
send({ type: 'ready' });
