import type {
  AskSection,
  AuthoredQuestion,
  ChecklistSection,
  CultureSection,
  JobDescriptionSection,
  JobDetailsSection,
  Pack,
  PhrasesSection,
  PitchSection,
  Principle,
  QuestionsSection,
  RedFlagsSection,
  Section,
  StoriesSection,
} from '../content/types';
import { checkFix, drillLine, type FixVerdict } from './drill';
import { sameFamily } from './english';
import { extractFacts, normalWords, type Fact } from './facts';
import { guessable } from './guessable';
import type { SourceLink } from './protocol';
import { replaceParenthesised } from '../text/parentheses';
import type { CardQuestion, FactKind, FixQuestion, MultiQuestion, Question, ReciteQuestion, ShortQuestion, SingleQuestion } from './question';

/**
 * The question bank, generated from the pack's structured data plus the questions a pack author
 * wrote in each section's `quiz:` list. Pure and deterministic: the same pack gives the same
 * questions with the same ids, so progress keyed by id survives edits to a question's wording.
 * Distractors always come from the same kind of fact (other values, other stories' evidence...).
 */
export interface QuestionBank {
  readonly packId: string;
  readonly questions: readonly Question[];
  readonly byId: ReadonlyMap<string, Question>;
  /** Section ids in guide order, each with its questions. */
  readonly sections: readonly { readonly id: string; readonly title: string; readonly questions: readonly Question[] }[];
  /** Checks a "fix this line" rewrite with the lint engine against this bank's pack. */
  readonly checkFix: (text: string, question: FixQuestion) => FixVerdict;
}

export function buildBank(pack: Pack): QuestionBank {
  const ctx = new Context(pack);
  const sections = pack.sections.map((section) => {
    const generated = generate(section, ctx);
    const authored = section.quiz.map((q) => fromAuthored(section, q));
    const questions = dedupe([...generated, ...authored]);
    return { id: section.id, title: section.title, questions };
  });
  const questions = sections.flatMap((s) => s.questions);
  return { packId: pack.manifest.id, questions, byId: new Map(questions.map((q) => [q.id, q])), sections, checkFix: (text, q) => checkFix(text, q.keyPhrases, pack) };
}

/** A later question with an id already used (an authored id clashing with a generated one) is dropped. */
function dedupe(questions: Question[]): Question[] {
  const seen = new Set<string>();
  return questions.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

class Context {
  readonly culture: CultureSection | undefined;
  readonly stories: StoriesSection | undefined;
  readonly phrases: PhrasesSection | undefined;
  readonly likely: QuestionsSection | undefined;
  constructor(readonly pack: Pack) {
    this.culture = find(pack, 'culture');
    this.stories = find(pack, 'stories');
    this.phrases = find(pack, 'phrases');
    this.likely = find(pack, 'questions');
  }
  get allValues(): readonly Principle[] {
    return this.culture ? [...this.culture.principles, ...this.culture.values] : [];
  }
  valueName(id: string): string {
    return this.allValues.find((v) => v.id === id)?.name ?? id;
  }
  storyLabel(id: string): string {
    const s = this.stories?.stories.find((x) => x.id === id);
    return s ? `Story ${s.number}: ${s.title} (${s.subject})` : id;
  }
}

function find<K extends Section['kind']>(pack: Pack, kind: K): Extract<Section, { kind: K }> | undefined {
  return pack.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }> | undefined;
}

// --- small builders --------------------------------------------------------------------------

interface Common {
  section: Section;
  fact: FactKind;
  item?: string;
  prompt: string;
  explanation: string;
  anchor?: string;
  label?: string;
  /** The key rests on something the guide does not state: why it is there. */
  inferred?: string;
}

function base(c: Common) {
  const anchor = c.anchor !== undefined ? resolveAnchor(c.section.body, c.anchor) : undefined;
  const source: SourceLink = {
    sectionId: c.section.id,
    sectionTitle: c.section.title,
    ...(anchor !== undefined ? { anchor } : {}),
    label: c.label ? `${c.section.title} › ${c.label}` : c.section.title,
  };
  return {
    id: [c.section.id, c.fact, ...(c.item !== undefined ? [c.item] : [])].join('/'),
    fact: c.fact,
    sectionId: c.section.id,
    source,
    prompt: c.prompt,
    explanation: c.inferred ? `${c.explanation} (Inferred, not stated in the guide: ${c.inferred})` : c.explanation,
    ...(c.inferred ? { inferred: c.inferred } : {}),
  };
}

const MINOR_WORDS = new Set(['the', 'a', 'an', 'of', 'from', 'to', 'and', 'your', 'you', 'how']);

/**
 * The heading of a section body that a fact's place in the guide names: the heading containing
 * it, else the one sharing most of its words ("From Culture Memo" → "From the Culture Memo").
 * Undefined when none fits, and the link opens the section at its top.
 */
export function resolveAnchor(body: string, wanted: string): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const headings = body
    .split(/\r?\n/)
    .map((l) => /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l)?.[1])
    .filter((h): h is string => !!h);
  const w = norm(wanted);
  const containing = headings.find((h) => norm(h).includes(w));
  if (containing) return containing;
  const wordsOf = (s: string) => new Set(norm(s).split(' ').filter((x) => x && !MINOR_WORDS.has(x)));
  const want = wordsOf(wanted);
  let best: { heading: string; score: number } | undefined;
  for (const h of headings) {
    const have = wordsOf(h);
    const shared = [...want].filter((x) => have.has(x)).length;
    const score = shared / Math.max(1, new Set([...want, ...have]).size);
    if (shared > 0 && score >= 0.5 && (!best || score > best.score)) best = { heading: h, score };
  }
  return best?.heading;
}

/** Distinct, non-empty, and never equal to an answer (so no option is right twice). */
function others(pool: readonly string[], answers: readonly string[]): string[] {
  const taken = new Set(answers.map(key));
  const out: string[] = [];
  for (const p of pool) {
    const k = key(p);
    if (!k || taken.has(k)) continue;
    taken.add(k);
    out.push(p);
  }
  return out;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Features of an option's form that distractors should share with the key. */
function formOf(o: string): string {
  const n = o.trim().split(/\s+/).length;
  return [n === 1 ? 1 : n <= 3 ? 2 : 3, /\d/.test(o), /^(they|they're|you|it|it's|we|i)\b/i.test(o.trim()), /["“”]/.test(o), /^[A-Z]/.test(o.trim())].join('|');
}

/**
 * The `n` distractors that fit the key best: the same form first, then the closest in length,
 * and never all shorter or all longer than the key when the pool allows otherwise.
 */
export function fitDistractors(answer: string, pool: readonly string[], n: number): string[] {
  const form = formOf(answer);
  const ranked = [...pool].sort((a, b) => Number(formOf(b) === form) - Number(formOf(a) === form) || Math.abs(a.length - answer.length) - Math.abs(b.length - answer.length));
  const chosen = ranked.slice(0, n);
  const rest = ranked.slice(n);
  const fix = (extreme: (o: string) => boolean, better: (o: string) => boolean) => {
    if (chosen.length && chosen.every(extreme)) {
      const swap = rest.find(better);
      if (swap !== undefined) chosen[chosen.length - 1] = swap;
    }
  };
  fix((o) => o.length < answer.length, (o) => o.length >= answer.length && formOf(o) === form);
  fix((o) => o.length > answer.length, (o) => o.length <= answer.length && formOf(o) === form);
  fix((o) => o.length < answer.length, (o) => o.length >= answer.length);
  fix((o) => o.length > answer.length, (o) => o.length <= answer.length);
  return chosen;
}

/**
 * A choice question whose options fit the key; when no set of options from the guide can hide the
 * key's form (it is the longest of its kind, or the only one with a number...), a flash card
 * instead: a card to recall beats options that give the answer away.
 */
function single(c: Common, answer: string, pool: readonly string[], optionCount = 4, recallPrompt?: string): SingleQuestion | CardQuestion | undefined {
  const distractors = fitDistractors(answer, others(pool, [answer]), optionCount - 1);
  if (distractors.length === 0) return undefined;
  const q: SingleQuestion = { ...base(c), kind: 'single', answer, distractors, optionCount: Math.min(optionCount, distractors.length + 1) };
  // `recallPrompt`: the question asked without options ("which of these" needs them).
  return guessable(q).length === 0 ? q : card(recallPrompt ? { ...c, prompt: recallPrompt } : c, answer);
}

function multi(c: Common, answers: readonly string[], pool: readonly string[], optionCount?: number, recallPrompt?: string): MultiQuestion | CardQuestion | undefined {
  const uniqueAnswers = others(answers, []);
  const distractors = others(pool, uniqueAnswers);
  if (uniqueAnswers.length === 0 || distractors.length === 0) return undefined;
  const count = optionCount ?? Math.min(8, uniqueAnswers.length + Math.max(2, Math.min(4, uniqueAnswers.length)));
  const q: MultiQuestion = { ...base(c), kind: 'multi', answers: uniqueAnswers, distractors, optionCount: Math.min(Math.max(count, 2), uniqueAnswers.length + distractors.length) };
  return guessable(q).length === 0 ? q : card(recallPrompt ? { ...c, prompt: recallPrompt } : c, uniqueAnswers);
}

function short(c: Common, answer: string, accepted: readonly string[], confusables: readonly string[]): ShortQuestion {
  const forms = others([answer, ...accepted], []);
  const plainest = [...forms].sort((a, b) => a.length - b.length)[0] ?? answer;
  return { ...base(c), kind: 'short', answer, accepted: forms, confusables: others(confusables, [answer, ...accepted]), facts: extractFacts(plainest) };
}

function card(c: Common, answer: string | readonly string[]): CardQuestion {
  return { ...base(c), kind: 'card', answer };
}

function recite(c: Common, answer: string): ReciteQuestion {
  return { ...base(c), kind: 'recite', answer, facts: extractFacts(answer) };
}

/** A slug of a fact for a question id: "5TB/month" → "5tb-month". */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/**
 * One card per item of an ordered list: the list with that item blanked out. Ids name the item,
 * so progress follows an item when the list is reordered.
 */
function listClozes(c: Omit<Common, 'prompt' | 'explanation' | 'fact' | 'item'>, what: string, items: readonly { id: string; text: string }[], confusables: readonly string[] = []): ShortQuestion[] {
  return items.map((it, i) =>
    short(
      {
        ...c,
        fact: 'list-cloze',
        item: it.id,
        prompt: `${capitalize(what)}, in the guide's order (${i + 1} of ${items.length}): ${items.map((x, j) => (j === i ? '___' : x.text)).join(' · ')}`,
        explanation: `${capitalize(what)}: ${items.map((x) => x.text).join(', ')}.`,
      },
      it.text,
      withoutParentheses(it.text),
      [...items.filter((x) => x.id !== it.id).map((x) => x.text), ...confusables],
    ),
  );
}

/**
 * Cloze cards for the key numbers and names of a text: each blanked in turn. Roles ("researchers")
 * are left to the recitation; a fact already asked for by an earlier cloze of the same text is not
 * asked twice.
 */
function factClozes(c: Omit<Common, 'prompt' | 'explanation' | 'fact' | 'item'>, item: string, context: string, text: string, allFacts: readonly string[]): ShortQuestion[] {
  const seen = new Set<string>();
  const out: ShortQuestion[] = [];
  for (const f of extractFacts(text)) {
    if (f.type === 'negation' || /^[a-z]/.test(f.text) || seen.has(f.text)) continue;
    seen.add(f.text);
    const at = text.indexOf(f.text);
    if (at < 0) continue;
    const shown = `${text.slice(0, at)}___${text.slice(at + f.text.length)}`;
    out.push(
      short(
        { ...c, fact: 'fact-cloze', item: `${item}/${slug(f.text)}`, prompt: `${context}: “${shown}”`, explanation: `“${text}”` },
        f.text,
        [],
        allFacts.filter((x) => x !== f.text && sameType(x, f)),
      ),
    );
  }
  return out;
}

function sameType(text: string, f: Fact): boolean {
  return /\d/.test(text) === (f.type === 'number');
}

/** Every number and name of the texts, for confusables. */
function factTexts(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => extractFacts(t).filter((f) => f.type !== 'negation').map((f) => f.text)))];
}

function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/** "Los Angeles (Onsite)" also accepts "Los Angeles". */
function withoutParentheses(text: string): string[] {
  const bare = replaceParenthesised(text, () => ' ').replace(/\s+/g, ' ').trim();
  return bare && bare !== text ? [bare] : [];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quoteList(items: readonly string[]): string {
  return items.map((i) => `“${i}”`).join(', ');
}

// --- per section kind ------------------------------------------------------------------------

function generate(section: Section, ctx: Context): Question[] {
  switch (section.kind) {
    case 'job-description':
      return jobDescription(section);
    case 'culture':
      return culture(section);
    case 'stories':
      return stories(section, ctx);
    case 'phrases':
      return phrases(section, ctx);
    case 'questions':
      return likelyQuestions(section, ctx);
    case 'job-details':
      return jobDetails(section);
    case 'red-flags':
      return redFlags(section, ctx);
    case 'pitch':
      return pitch(section);
    case 'checklist':
      return checklist(section);
    case 'questions-to-ask':
      return questionsToAsk(section, ctx);
  }
}

function jobDescription(s: JobDescriptionSection): Question[] {
  const required = s.requiredSkills.map((k) => k.text);
  const bonus = s.bonusSkills.map((k) => k.text);
  const role = 'The role';
  return defined([
    card({ section: s, fact: 'role', prompt: 'What exactly is the role you are interviewing for (title and level)?', explanation: `The role: ${s.role}.`, anchor: role, label: 'Role' }, s.role),
    short(
      { section: s, fact: 'team', prompt: 'Name the team(s) the role is on.', explanation: `Team: ${s.team}. The checklist asks you to know the team names.`, anchor: role, label: 'Team' },
      s.team,
      withoutParentheses(s.team),
      [],
    ),
    short(
      { section: s, fact: 'location', prompt: 'Where is the role based?', explanation: `Location: ${s.location}.`, anchor: role, label: 'Location' },
      s.location,
      withoutParentheses(s.location),
      [],
    ),
    salaryQuestion(s),
    card(
      { section: s, fact: 'looking-for', prompt: 'In one sentence: what are they looking for?', explanation: `What they're looking for: ${s.lookingFor}.`, anchor: "What they're looking for", label: 'What They’re Looking For' },
      s.lookingFor,
    ),
    multi(
      {
        section: s,
        fact: 'required-skills',
        prompt: 'Which of these are REQUIRED technical skills (not bonus)?',
        explanation: `Required: ${required.join(', ')}. Bonus: ${bonus.join(', ')}.`,
        anchor: 'Key technical skills',
        label: 'Required skills',
      },
      required,
      bonus,
      Math.min(8, required.length + bonus.length),
    ),
    multi(
      {
        section: s,
        fact: 'bonus-skills',
        prompt: 'Which of these are BONUS skills (nice to have, not required)?',
        explanation: `Bonus: ${bonus.join(', ')}. Required: ${required.join(', ')}.`,
        anchor: 'Key technical skills',
        label: 'Bonus skills',
      },
      bonus,
      required,
      Math.min(8, required.length + bonus.length),
    ),
    ...listClozes({ section: s, anchor: 'Critical non-technical skills', label: 'Critical non-technical skills' }, 'the critical non-technical skills', s.nonTechnicalSkills),
    ...factClozes({ section: s, anchor: role, label: 'Role' }, 'role', 'The role', s.role, factTexts([s.role, s.team, s.location])),
  ]);
}

/** "$150,000 - $750,000": other ranges of the same shape, none of which shares an end with it. */
function salaryQuestion(s: JobDescriptionSection): Question {
  const c: Common = { section: s, fact: 'salary', prompt: 'What is the salary range for the role?', explanation: `Salary range: ${s.salaryRange}.`, anchor: 'The role', label: 'Salary Range' };
  const m = /^\s*\$?([\d,]+)\s*[-–—to]+\s*\$?([\d,]+)\s*$/.exec(s.salaryRange);
  const low = m ? Number(m[1]!.replace(/,/g, '')) : NaN;
  const high = m ? Number(m[2]!.replace(/,/g, '')) : NaN;
  if (!Number.isFinite(low) || !Number.isFinite(high) || low <= 0 || high <= low) return card(c, s.salaryRange);
  // As round as the key's own ends, so roundness gives nothing away.
  const step = [100_000, 50_000, 10_000, 5_000, 1_000].find((u) => low % u === 0 && high % u === 0) ?? 1_000;
  const money = (n: number) => `$${Math.max(step, Math.round(n / step) * step).toLocaleString('en-US')}`;
  const range = (a: number, b: number) => `${money(a)} - ${money(b)}`;
  const pool = [range(low * 0.6, high * 0.5), range(low * 1.4, high * 1.3), range(low * 0.8, high * 0.7), range(low * 1.2, high * 0.6)].filter(
    (r) => !r.includes(money(low)) && !r.includes(money(high)),
  );
  return single(c, s.salaryRange, pool) ?? card(c, s.salaryRange);
}

function culture(s: CultureSection): Question[] {
  const principles = s.principles;
  const values = s.values;
  const pAnchor = 'Core principles';
  const vAnchor = 'Key values';
  const names = [...principles, ...values].map((x) => x.name);
  const out: (Question | undefined)[] = [
    ...listClozes({ section: s, anchor: pAnchor, label: 'Core principles' }, `the ${principles.length} core principles`, principles.map((p) => ({ id: p.id, text: p.name })), names),
    ...listClozes({ section: s, anchor: vAnchor, label: 'Key values' }, `the ${values.length} key values`, values.map((v) => ({ id: v.id, text: v.name })), names),
  ];
  // Principle or value? Both options have one form, whatever the name's length.
  // Same length, and neither echoes the prompt.
  const PRINCIPLE = 'One of the principles';
  const VALUE = 'One of the key values';
  for (const x of [...principles, ...values]) {
    const isPrinciple = principles.includes(x);
    out.push(
      single(
        {
          section: s,
          fact: 'principle-or-value',
          item: x.id,
          prompt: `Which list of the culture memo is “${x.name}” on?`,
          explanation: `${x.name} is ${isPrinciple ? `core principle ${x.number}` : `key value ${x.number}`}: ${x.meaning}.`,
          anchor: isPrinciple ? pAnchor : vAnchor,
          label: x.name,
        },
        isPrinciple ? PRINCIPLE : VALUE,
        [isPrinciple ? VALUE : PRINCIPLE],
        2,
      ),
    );
  }
  for (const p of principles) {
    const explanation = `Principle ${p.number}, ${p.name}: ${p.meaning}.`;
    const c = { section: s, item: p.id, explanation, anchor: pAnchor, label: p.name };
    out.push(single({ ...c, fact: 'principle-from-meaning', prompt: `Which core principle means “${p.meaning}”?` }, p.name, principles.map((x) => x.name)));
    out.push(single({ ...c, fact: 'meaning-from-principle', prompt: `What does the principle “${p.name}” mean?` }, p.meaning, principles.map((x) => x.meaning)));
  }
  for (const v of values) {
    const explanation = `Value ${v.number}, ${v.name}: ${v.meaning}.`;
    const c = { section: s, item: v.id, explanation, anchor: vAnchor, label: v.name };
    out.push(
      short(
        { ...c, fact: 'value-from-meaning', prompt: `Type the value that means “${v.meaning}”.` },
        v.name,
        [],
        [...values, ...principles].map((x) => x.name),
      ),
    );
    out.push(single({ ...c, fact: 'meaning-from-value', prompt: `What does the value “${v.name}” mean?` }, v.meaning, values.map((x) => x.meaning)));
  }
  return defined(out);
}

function stories(s: StoriesSection, ctx: Context): Question[] {
  const out: (Question | undefined)[] = [];
  const allFacts = factTexts(s.stories.flatMap((st) => st.demonstrates.map((d) => d.why)));
  for (const story of s.stories) {
    const label = ctx.storyLabel(story.id);
    const anchor = `Story ${story.number}`;
    const shown = story.demonstrates.map((d) => ctx.valueName(d.value));
    const c = { section: s, item: story.id, anchor, label: `Story ${story.number}: ${story.title}` };
    out.push(
      multi(
        {
          ...c,
          fact: 'story-values',
          prompt: `Which principles and values does ${label} demonstrate?`,
          explanation: story.demonstrates.map((d) => `${ctx.valueName(d.value)}: ${d.why}`).join('\n'),
        },
        shown,
        // Values this story does not show: the question is about the values, not which story it is.
        ctx.allValues.map((v) => v.name),
        Math.min(8, shown.length + 3),
      ),
    );
    out.push(
      single(
        { ...c, fact: 'story-subject', prompt: `What is Story ${story.number} (“${story.title}”) about?`, explanation: `${label}.` },
        story.subject,
        s.stories.map((x) => x.subject),
      ),
    );
    for (const d of story.demonstrates) {
      out.push(
        single(
          {
            ...c,
            item: `${story.id}/${d.value}`,
            fact: 'story-evidence',
            prompt: `In ${label}, what is the evidence that it shows ${ctx.valueName(d.value)}?`,
            explanation: `${ctx.valueName(d.value)}: ${d.why}. Make this explicit when you tell the story.`,
          },
          d.why,
          // The same story's evidence for its other values: right story, wrong value.
          story.demonstrates.filter((x) => x.value !== d.value).map((x) => x.why),
        ),
      );
      out.push(...factClozes(c, `${story.id}/${d.value}`, `${label}, evidence of ${ctx.valueName(d.value)}`, d.why, allFacts));
    }
  }
  // Reverse: a value → the stories that show it.
  const labels = s.stories.map((st) => ctx.storyLabel(st.id));
  for (const v of ctx.allValues) {
    const showing = s.stories.filter((st) => st.demonstrates.some((d) => d.value === v.id));
    if (showing.length === 0) continue;
    out.push(
      multi(
        {
          section: s,
          fact: 'value-stories',
          item: v.id,
          anchor: `Story ${showing[0]!.number}`,
          label: v.name,
          prompt: `Which of your stories show ${v.name}?`,
          explanation: showing.map((st) => `${ctx.storyLabel(st.id)}: ${st.demonstrates.find((d) => d.value === v.id)!.why}`).join('\n'),
        },
        showing.map((st) => ctx.storyLabel(st.id)),
        labels,
        labels.length,
      ),
    );
  }
  return defined(out);
}

/** "Context not control" → {shown: "Context not ___", blank: "control"}. */
function blankLastWord(text: string): { shown: string; blank: string } | undefined {
  const m = /^(.*\S)\s+(\S+)$/.exec(text.trim());
  if (!m) return undefined;
  const blank = m[2]!.replace(/^[“"']+|[”"'.,!?]+$/g, '');
  return blank ? { shown: `${m[1]} ___`, blank } : undefined;
}

/** Every sentence-like text of the pack, for the guide's own other wordings of a phrase. */
function guideTexts(pack: Pack): string[] {
  return pack.sections.flatMap((sec): string[] => {
    switch (sec.kind) {
      case 'questions':
        return sec.questions.flatMap((q) => [...q.points, ...(q.connect ? [q.connect] : [])]);
      case 'job-description':
        return [sec.lookingFor, ...sec.nonTechnicalSkills.map((k) => k.text)];
      case 'job-details':
        return [sec.coreMission, sec.technologies.bridge];
      case 'pitch':
        return [sec.pitch];
      case 'questions-to-ask':
        return sec.questions.map((q) => q.text);
      default:
        return [];
    }
  });
}

const ENDS_WORDING = new Set(['is', 'are', 'was', 'were', 'to', 'that', 'with', 'for', 'in', 'at', 'my', 'the', 'and', 'of', 'while', 'when', 'because', 'but', 'so', 'as', 'by', 'on']);

/**
 * How the guide itself ends a phrase elsewhere: "Bridge researchers and ___" is "creators" in the
 * key phrase and "creative teams" in "Bridging researchers and creative teams is my sweet spot";
 * both are the guide's words, so both are accepted.
 */
function guideWordings(shown: string, texts: readonly string[]): string[] {
  const prefix = normalWords(shown.replace(/_+/g, ' '));
  if (prefix.length < 2) return [];
  const out: string[] = [];
  for (const t of texts) {
    const w = normalWords(t);
    for (let i = 0; i + prefix.length < w.length; i++) {
      // The first word in any form (Bridge / Bridging), the others as they are.
      if (!prefix.every((p, j) => (j === 0 ? sameFamily(p, w[i]!) : p === w[i + j]))) continue;
      const rest: string[] = [];
      for (let k = i + prefix.length; k < w.length && rest.length < 3 && !ENDS_WORDING.has(w[k]!); k++) rest.push(w[k]!);
      if (rest.length) out.push(rest.join(' '));
    }
  }
  return out;
}

function phrases(s: PhrasesSection, ctx: Context): Question[] {
  const out: (Question | undefined)[] = [];
  const texts = guideTexts(ctx.pack);
  const allWords = s.groups.flatMap((g) => g.phrases.flatMap((p) => p.text.split(/\s+/)));
  for (const g of s.groups) {
    const c = { section: s, anchor: g.title };
    for (const p of g.phrases) {
      const b = blankLastWord(p.text);
      if (b) {
        out.push(
          short(
            { ...c, item: p.id, fact: 'phrase-complete', label: `“${p.text}”`, prompt: `Complete the key phrase: “${b.shown}”`, explanation: `“${p.text}”${p.note ? ` (${p.note})` : ''}, ${g.title.toLowerCase()}.` },
            b.blank,
            guideWordings(b.shown, texts),
            allWords,
          ),
        );
      }
      const note = p.note ? /^not\s+(.+)$/i.exec(p.note.trim()) : null;
      if (note) {
        out.push(
          short(
            { ...c, item: p.id, fact: 'phrase-note', label: `“${p.text}”`, prompt: `Say “${p.text}”, not ___.`, explanation: `The guide: “${p.text}” (${p.note}).` },
            note[1]!,
            [],
            allWords,
          ),
        );
      }
    }
    const otherPhrases = s.groups.filter((x) => x.id !== g.id).flatMap((x) => x.phrases.map((p) => p.text));
    out.push(
      multi(
        {
          ...c,
          item: g.id,
          fact: 'phrase-source',
          label: g.title,
          prompt: `Which of these key phrases are ${g.title.replace(/^From\b/i, 'from').replace(/^(?!from)/i, 'from ')}?`,
          explanation: `${g.title}: ${quoteList(g.phrases.map((p) => p.text))}.`,
        },
        g.phrases.map((p) => p.text),
        otherPhrases,
        Math.min(8, g.phrases.length + Math.min(3, otherPhrases.length)),
      ),
    );
  }
  return defined(out);
}

function likelyQuestions(s: QuestionsSection, ctx: Context): Question[] {
  const out: (Question | undefined)[] = [];
  const storyLabels = ctx.stories?.stories.map((st) => ctx.storyLabel(st.id)) ?? [];
  const allFacts = factTexts(s.questions.flatMap((q) => q.points));
  // Reverse: a story → the likely question it answers.
  for (const q of s.questions) {
    if (!q.story) continue;
    out.push(
      single(
        {
          section: s,
          fact: 'story-question',
          item: q.story,
          anchor: q.question,
          label: `“${q.question}”`,
          prompt: `Which likely question does ${ctx.storyLabel(q.story)} answer?`,
          explanation: `“${q.question}”: tell ${ctx.storyLabel(q.story)}.`,
        },
        q.question,
        s.questions.map((x) => x.question),
      ),
    );
  }
  for (const q of s.questions) {
    const c = { section: s, item: q.id, anchor: q.question, label: `“${q.question}”` };
    if (q.story) {
      out.push(
        single(
          {
            ...c,
            fact: 'question-story',
            prompt: `They ask: “${q.question}” Which story do you tell?`,
            explanation: `Tell ${ctx.storyLabel(q.story)}: ${q.points.join('; ')}.`,
          },
          ctx.storyLabel(q.story),
          storyLabels,
        ),
      );
    }
    if (q.connect) {
      out.push(
        card(
          { ...c, fact: 'question-connect', prompt: `After answering “${q.question}”, how do you connect it back to this role?`, explanation: 'The sentence that ties your answer to the role.' },
          q.connect,
        ),
      );
    }
    q.points.forEach((point, i) => out.push(...factClozes(c, `${q.id}/point-${i + 1}`, `A key point for “${q.question}”`, point, allFacts)));
    const otherPoints = s.questions.filter((x) => x.id !== q.id).flatMap((x) => x.points);
    out.push(
      multi(
        { ...c, fact: 'question-points', prompt: `Which of these are your key points for “${q.question}”?`, explanation: q.points.map((p) => `• ${p}`).join('\n') },
        q.points,
        otherPoints,
        Math.min(8, q.points.length + 3),
        `What are your ${q.points.length} key points for “${q.question}”?`,
      ),
    );
  }
  return defined(out);
}

function jobDetails(s: JobDetailsSection): Question[] {
  const out: (Question | undefined)[] = [];
  for (const q of s.qualifications) {
    const c = { section: s, item: q.id, anchor: 'Qualifications', label: q.title };
    out.push(
      single(
        { ...c, fact: 'qualification-evidence', prompt: `What is your evidence for “${q.title}”?`, explanation: `${q.title}: ${q.detail} (shows ${q.shows}).` },
        q.detail,
        s.qualifications.map((x) => x.detail),
      ),
    );
    out.push(
      single(
        { ...c, fact: 'qualification-shows', prompt: `“${q.title}” (${q.detail}): what does it show them?`, explanation: `${q.title} shows ${q.shows}.` },
        q.shows,
        s.qualifications.map((x) => x.shows),
      ),
    );
  }
  const techFacts = factTexts([...s.qualifications.map((q) => q.detail), ...s.technologies.fromJobDescription, ...s.technologies.yourExperience]);
  for (const q of s.qualifications) out.push(...factClozes({ section: s, anchor: 'Qualifications', label: q.title }, q.id, `Your evidence for “${q.title}”`, q.detail, techFacts));
  const tech = { section: s, anchor: 'Technologies', label: 'Technologies to mention' };
  out.push(...listClozes(tech, 'the technologies from the job description', s.technologies.fromJobDescription.map((t) => ({ id: `jd-${slug(t)}`, text: t }))));
  out.push(...listClozes(tech, 'the technologies of your experience', s.technologies.yourExperience.map((t) => ({ id: `yours-${slug(t)}`, text: t }))));
  out.push(
    card(
      { section: s, fact: 'bridge', anchor: 'Technologies', label: 'Bridge', prompt: 'What sentence bridges your experience to the technologies they use?', explanation: 'Say it when the technologies come up.' },
      s.technologies.bridge,
    ),
  );
  out.push(
    recite(
      { section: s, fact: 'core-mission', anchor: 'Core mission', label: 'The role’s core mission', prompt: 'Type the role’s core mission from memory.', explanation: 'The mission every answer should serve.' },
      s.coreMission,
    ),
  );
  return defined(out);
}

function redFlags(s: RedFlagsSection, ctx: Context): Question[] {
  const out: (Question | undefined)[] = [];
  const goodPhrases = ctx.phrases?.groups.flatMap((g) => g.phrases.map((p) => p.text)) ?? [];
  const spotted = s.flags.map((f) => /^don['’]?t\b.*?["“]([^"”]+)["”]/i.exec(f.text)?.[1]).filter((x): x is string => !!x);
  for (const f of s.flags) {
    const c = { section: s, item: f.id, anchor: f.group, label: f.text, ...(f.inferred ? { inferred: f.inferredReason ?? 'not a line of the guide' } : {}) };
    out.push(
      single(
        { ...c, fact: 'red-flag-why', prompt: `Red flag: ${f.text}. Why is it one?`, explanation: `${f.text} (${f.reason}).` },
        f.reason,
        s.flags.filter((x) => x.id !== f.id).map((x) => x.reason),
      ),
    );
    // Reverse: the reason → its red flag.
    out.push(
      single(
        { ...c, fact: 'reason-flag', prompt: `The guide's reason is “${f.reason}”. Which red flag is it for?`, explanation: `${f.text} (${f.reason}).` },
        f.text,
        s.flags.filter((x) => x.id !== f.id).map((x) => x.text),
      ),
    );
    if (f.conflictsWith) {
      const inferred = f.inferred ? f.inferredReason ?? 'not a line of the guide' : f.conflictInferred;
      out.push(
        single(
          {
            ...c,
            ...(inferred ? { inferred } : {}),
            fact: 'red-flag-conflict',
            prompt: `Red flag: ${f.text}. Which principle or value does it clash with?`,
            explanation: `${f.text} (${f.reason}): it clashes with ${ctx.valueName(f.conflictsWith)}.`,
          },
          ctx.valueName(f.conflictsWith),
          ctx.allValues.map((v) => v.name),
        ),
      );
    }
    // "Don't say you want "work-life balance"": the quoted words are the red-flag phrase.
    const quoted = /^don['’]?t\b.*?["“]([^"”]+)["”]/i.exec(f.text);
    if (quoted && goodPhrases.length >= 3) {
      out.push(
        single(
          {
            ...c,
            fact: 'red-flag-spot',
            prompt: 'Which of these phrases is a red flag in this interview?',
            explanation: `“${capitalize(quoted[1]!)}” is a red flag: ${f.reason}. The others are key phrases to use.`,
          },
          capitalize(quoted[1]!),
          goodPhrases.filter((g) => !spotted.some((x) => x.toLowerCase() === g.toLowerCase())),
          4,
          `Which word does the guide warn you not to use, because “${f.reason}”?`,
        ),
      );
    }
    const drill = drillLine(f, ctx.pack);
    if (drill && f.lint) {
      const fix: FixQuestion = {
        ...base({
          ...c,
          fact: 'fix-line',
          prompt: `Fix this line: it has a red flag (${f.text}). Rewrite it so no red flag is left, keeping a phrase that fits.`,
          explanation: `${f.text} (${f.reason}). Phrases that fit: ${quoteList(f.lint.suggestions.slice(0, 3))}.`,
        }),
        kind: 'fix',
        line: drill.line,
        flagId: f.id,
        keyPhrases: [...f.lint.suggestions, ...goodPhrases],
        answer: drill.example,
      };
      out.push(fix);
    }
  }
  return defined(out);
}

/** Sentences of a paragraph, keeping their end punctuation. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“"'])/).map((x) => x.trim()).filter(Boolean);
}

function pitch(s: PitchSection): Question[] {
  const out: Question[] = [
    recite({ section: s, fact: 'pitch-recite', label: 'Pitch', prompt: `Type your ${s.seconds}-second pitch from memory.`, explanation: `Then say it out loud: it should fit in ${s.seconds} seconds.` }, s.pitch),
  ];
  const parts = sentences(s.pitch);
  const facts = factTexts(parts);
  parts.forEach((sentence, i) => out.push(...factClozes({ section: s, label: 'Pitch' }, `sentence-${i + 1}`, `Your pitch, sentence ${i + 1}`, sentence, facts)));
  for (let i = 1; i < parts.length; i++) {
    out.push(
      card(
        { section: s, fact: 'pitch-continue', item: `sentence-${i + 1}`, label: 'Pitch', prompt: `Your pitch, continued. After “${parts[i - 1]}”, what comes next?`, explanation: `Sentence ${i + 1} of ${parts.length}.` },
        parts[i]!,
      ),
    );
  }
  return out;
}

/**
 * The checklist leaves the quiz: each item points at facts other cards drill one by one (the
 * principles, each story's values, the team names, the pitch, "disagree then commit", your
 * questions), and a card that only says "answer it, then grade yourself" teaches nothing.
 */
function checklist(_s: ChecklistSection): Question[] {
  return [];
}

function questionsToAsk(s: AskSection, ctx: Context): Question[] {
  const out: (Question | undefined)[] = [];
  const theirs = ctx.likely?.questions.map((q) => q.question) ?? [];
  for (const q of s.questions) {
    out.push(
      single(
        { section: s, item: q.id, fact: 'ask-which', label: `Question ${q.number}`, prompt: 'Which of these is one of YOUR questions for the interviewers (not one they ask you)?', explanation: `Your question ${q.number}: “${q.text}”` },
        q.text,
        theirs,
        4,
        `Your smart question ${q.number} of ${s.questions.length} for the interviewers: what is it?`,
      ),
    );
  }
  return defined(out);
}

function fromAuthored(section: Section, q: AuthoredQuestion): Question {
  const c: Common = { section, fact: 'authored', item: q.id, prompt: q.prompt, explanation: q.explanation ?? '', label: 'Your question' };
  const answers = Array.isArray(q.answer) ? (q.answer as readonly string[]) : [q.answer as string];
  switch (q.type) {
    case 'single': {
      const options = q.options ?? [];
      return { ...base(c), kind: 'single', answer: answers[0]!, distractors: others(options, [answers[0]!]), optionCount: options.length };
    }
    case 'multi': {
      const options = q.options ?? [];
      return { ...base(c), kind: 'multi', answers, distractors: others(options, answers), optionCount: options.length };
    }
    case 'short':
      return short(c, answers[0]!, answers.slice(1), []);
    case 'card':
      return card(c, Array.isArray(q.answer) ? answers : answers[0]!);
  }
}
