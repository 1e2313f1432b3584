import { sectionOfKind, type LikelyQuestion, type Pack, type Story } from '../content/types';
import { guideValues, resolveStory } from './draft';
import { STAR_NAMES, STAR_PARTS, type StarPart } from './star';
import { findValues } from './values';

/** What the new-draft command offers: the guide's likely questions, and its pitch. */
export interface DraftChoice {
  readonly id: string;
  readonly question: string;
  readonly story?: Story;
  readonly pitch?: boolean;
  readonly likely?: LikelyQuestion;
}

export const PITCH_CHOICE_ID = 'pitch';

export function draftChoices(pack: Pack): DraftChoice[] {
  const choices: DraftChoice[] = (sectionOfKind(pack, 'questions')?.questions ?? []).map((q) => {
    const story = q.story ? resolveStory(pack, q.story) : undefined;
    return { id: q.id, question: q.question, likely: q, ...(story ? { story } : {}) };
  });
  const pitch = sectionOfKind(pack, 'pitch');
  if (pitch) choices.push({ id: PITCH_CHOICE_ID, question: pitch.title.replace(/^your\s+/i, '').replace(/^./, (c) => c.toUpperCase()), pitch: true });
  return choices;
}

/** A file name from a question: "How do you handle ambiguity?" → `how-do-you-handle-ambiguity`. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'answer';
  const cut = slug.slice(0, maxLength + 1);
  const atHyphen = cut.lastIndexOf('-');
  return (atHyphen > 20 ? cut.slice(0, atHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export interface DraftRequest {
  readonly question: string;
  readonly story?: Story;
  /** The guide's entry for the question, when it is one of the likely questions. */
  readonly likely?: LikelyQuestion;
  readonly pitch?: boolean;
}

export interface DraftTemplate {
  /** `<slug>.md`. */
  readonly fileName: string;
  readonly text: string;
  /** Where to put the cursor: the first place to write. */
  readonly cursor: number;
}

const PROMPTS: Readonly<Record<StarPart, string>> = {
  situation: 'Set the scene in a sentence or two: where you were and what was at stake.',
  task: 'What you had to achieve, and why it fell to you.',
  action: 'What you did, as "I": the decisions and the steps.',
  result: 'How it ended, with a number: a percentage, a time, a count.',
};

/** Which STAR part a point of the guide belongs under: "Created 16-week roadmap" is an Action. */
export function pointPart(point: string): StarPart {
  const text = point.trim();
  if (/^(?:\w+ly\s+)?(?:\w+ed|built|led|made|wrote|took|ran|got|gave|brought|drove|found|taught|spoke|sought|chose|won|set|shipped|fought)\b/i.test(text)) return 'action';
  if (/\d\s*%|\b(?:reduction|increase|improvement|saved|faster|growth|launched|shipped)\b/i.test(text)) return 'result';
  if (/\bto\s+[a-z]+/i.test(text)) return 'task';
  return 'situation';
}

function comment(lines: readonly string[]): string {
  // `--` may not appear inside an HTML comment's text in a way that closes it early.
  const safe = lines.map((l) => l.replace(/--+>/g, '→').replace(/<!--/g, '‹!'));
  return safe.length === 1 ? `<!-- ${safe[0]} -->` : `<!--\n${safe.join('\n')}\n-->`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** A new answer draft: frontmatter, the question as its title, and hints the guide gives for it. */
export function draftTemplate(pack: Pack, request: DraftRequest): DraftTemplate {
  const question = request.question.trim();
  const story = request.story;
  const likely = request.likely;
  const fm: string[] = ['---', 'interview: true', `question: ${yamlString(question)}`];
  const body: string[] = [`# ${question}`, ''];
  let cursorMarker = '';

  if (request.pitch) {
    const pitch = sectionOfKind(pack, 'pitch');
    const seconds = pitch?.seconds ?? 30;
    fm.push('pitch: true', `seconds: ${seconds}`);
    body.push(
      comment([
        `Say it out loud in ${seconds} seconds: about ${Math.floor((seconds * 150) / 60)} words at 150 words a minute.`,
        ...(pitch ? ['The guide\'s version, to make your own:', '', ...wrap(pitch.pitch, 92)] : []),
      ]),
      '',
      (cursorMarker = '\u0000'),
      '',
    );
  } else {
    const values = story ? story.demonstrates.map((d) => d.value) : likely ? valuesIn(pack, likely.points.join('. ')) : [];
    if (story) fm.push(`story: ${story.id}`);
    if (values.length) fm.push(`values: [${values.join(', ')}]`);

    const names = new Map(guideValues(pack).map((v) => [v.id, v.name]));
    const intro: string[] = [];
    if (story) intro.push(`Tell the ${story.title} story (Story ${story.number}: ${story.subject}).`);
    if (story?.demonstrates.length) {
      intro.push('Make what it shows heard:');
      for (const d of story.demonstrates) intro.push(`- ${names.get(d.value) ?? d.value}: ${d.why}`);
    }
    const useStar = !!story || (likely === undefined && BEHAVIORAL.test(question));
    const byPart = new Map<StarPart, string[]>();
    if (useStar) {
      for (const point of likely?.points ?? []) {
        const part = pointPart(point);
        byPart.set(part, [...(byPart.get(part) ?? []), point]);
      }
    } else if (likely?.points.length) {
      intro.push('Points the guide says to hit:', ...likely.points.map((pt) => `- ${pt}`));
    }
    if (likely?.connect) intro.push(`Close by connecting it to the role: "${likely.connect}"`);
    if (intro.length) body.push(comment(intro), '');

    if (useStar) {
      for (const part of STAR_PARTS) {
        const notes = story?.star?.[part];
        const points = byPart.get(part) ?? [];
        const hint = [PROMPTS[part], ...(notes ? [`Your notes: ${notes}`] : []), ...(points.length ? ['The guide\'s points:', ...points.map((pt) => `- ${pt}`)] : [])];
        body.push(`## ${STAR_NAMES[part]}`, '', comment(hint), '');
        if (part === 'situation') body.push((cursorMarker = '\u0000'), '');
      }
    } else {
      body.push((cursorMarker = '\u0000'), '');
    }
  }
  fm.push('---', '');
  const raw = `${[...fm, ...body].join('\n').replace(/\n+$/, '')}\n`;
  const cursor = cursorMarker ? raw.indexOf('\u0000') : raw.length;
  const text = raw.replace('\u0000', '');
  return { fileName: `${slugify(question)}.md`, text, cursor: Math.min(cursor, text.length) };
}

const BEHAVIORAL = /\b(?:tell me about a time|describe a (?:time|situation)|give (?:me )?an example|walk me through a time|have you ever|talk about a time|share (?:a|an) (?:time|example))\b/i;

function valuesIn(pack: Pack, text: string): string[] {
  const hits = findValues(text, 0, pack, { interview: true, values: [], pitch: false, spans: {}, problems: [] }, false);
  return hits.map((h) => h.id);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
