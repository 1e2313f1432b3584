import { describeValue, id, integer, INVALID, list, object, oneOf, optional, text, withDefault, type Validator } from './schema';
import { parsePhrase, PatternError } from '../lint/pattern';
import type { MeaningForm, SectionKind } from './types';

/** The fields every section file has, besides `kind`. */
export const sectionHeader = {
  id,
  title: text,
  order: integer(0),
  icon: withDefault(oneOfCodiconName(), 'book'),
};

function oneOfCodiconName(): Validator<string> {
  return {
    expected: 'a codicon name such as "book" or "checklist"',
    schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
    check(value, path, reporter) {
      if (typeof value !== 'string' || !/^[a-z0-9-]+$/.test(value)) {
        return id.check(value, path, reporter);
      }
      return value;
    },
  };
}

const skill = object({ id, text });
const principle = object({ id, number: integer(1), name: text, meaning: text });

export const authoredQuestion = object({
  id,
  type: oneOf(['single', 'multi', 'short', 'card'] as const),
  prompt: text,
  options: optional(list(text, 2)),
  answer: {
    expected: 'a string or a list of strings',
    schema: { anyOf: [text.schema, list(text, 1).schema] },
    check(value, path, reporter) {
      return Array.isArray(value) ? list(text, 1).check(value, path, reporter) : text.check(value, path, reporter);
    },
  } as Validator<string | string[]>,
  explanation: optional(text),
});

const conceptName = id;
const meaningFrame = object({
  stance: list(oneOf(['wants', 'proposes', 'describes', 'reports', 'asks', 'habit', 'any'] as const), 1),
  all: optional(list(conceptName)),
  negated: optional(list(conceptName)),
  either: optional(list(conceptName)),
});

/** A concept: its name and the words (lemmas, phrases) that say it. */
const meaningConcepts: Validator<Record<string, string[]>> = {
  expected: 'a mapping of concept names to lists of words',
  schema: { type: 'object', propertyNames: conceptName.schema, additionalProperties: list(text, 1).schema },
  check(v, p, r) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      r.report(p, `expected a mapping of concept names to lists of words, got ${describeValue(v)}`);
      return INVALID;
    }
    const out: Record<string, string[]> = {};
    let ok = true;
    for (const [name, entries] of Object.entries(v as Record<string, unknown>)) {
      if (conceptName.check(name, [...p, name], r) === INVALID) {
        ok = false;
        continue;
      }
      const list1 = list(text, 1).check(entries, [...p, name], r);
      if (list1 === INVALID) ok = false;
      else {
        // An entry needs a word: `*` (a gap) and `#` (any number) alone would match almost anything.
        list1.forEach((entry, k) => {
          if (!entry.split(/[\s\-/]+/).some((w) => w !== '' && w !== '*' && w !== '#')) {
            r.report([...p, name, k], `the entry "${entry}" has no word, only gaps (*) or numbers (#)`);
            ok = false;
          }
        });
        if (ok) out[name] = list1;
      }
    }
    return ok ? out : INVALID;
  },
};

const meaningShape = object({
  reads: text,
  concepts: meaningConcepts,
  when: list(meaningFrame, 1),
  never: optional(list(text)),
});

/** A red flag's `meaning:` form; every concept a frame names must be defined under `concepts`. */
export const meaningForm: Validator<MeaningForm> = {
  expected: 'a mapping with reads, concepts and when',
  schema: meaningShape.schema,
  check(value, path, reporter) {
    const checked = meaningShape.check(value, path, reporter);
    if (checked === INVALID) return INVALID;
    let ok = true;
    checked.when.forEach((frame, i) => {
      const names = [...(frame.all ?? []), ...(frame.negated ?? []), ...(frame.either ?? [])];
      if (names.length === 0) {
        reporter.report([...path, 'when', i], 'a frame needs at least one concept under all, negated or either');
        ok = false;
      }
      for (const key of ['all', 'negated', 'either'] as const) {
        (frame[key] ?? []).forEach((name, j) => {
          if (!Object.hasOwn(checked.concepts, name)) {
            reporter.report([...path, 'when', i, key, j], `unknown concept "${name}"; defined: ${Object.keys(checked.concepts).join(', ') || 'none'}`);
            ok = false;
          }
        });
      }
    });
    return ok ? (checked as MeaningForm) : INVALID;
  },
};

/**
 * A lint phrase pattern. One that does not compile is an error at its own line; it is kept, so the
 * flag and its other phrases still load (the rule compiler skips the bad one).
 */
function phrasePattern(options: { allowSuggestions: boolean; allowContext: boolean }): Validator<string> {
  return {
    ...text,
    expected: 'a phrase pattern',
    check(value, path, reporter) {
      const source = text.check(value, path, reporter);
      if (source === INVALID) return INVALID;
      try {
        parsePhrase(source, options);
      } catch (err) {
        const where = err instanceof PatternError ? ` (at character ${err.offset + 1})` : '';
        reporter.report(path, `pattern ${JSON.stringify(source)}: ${(err as Error).message}${where}`);
      }
      return source;
    },
  };
}

export const lintRule = object({
  scope: withDefault(oneOf(['phrase', 'document'] as const), 'phrase'),
  phrases: list(phrasePattern({ allowSuggestions: true, allowContext: true }), 1),
  except: withDefault(list(phrasePattern({ allowSuggestions: false, allowContext: false })), []),
  message: text,
  suggestions: withDefault(list(text), []),
  severity: withDefault(oneOf(['error', 'warning', 'info', 'hint'] as const), 'warning'),
  meaning: optional(meaningForm),
});

/**
 * Provenance. What the pack states beyond the guide is marked: `inferred: true` with an
 * `inferredReason` on an item the guide implies but does not list (the team-as-family flag), and
 * the object form `conflictsWith: { value, inferred: true, reason }` on a link the guide does not
 * make. The reader and the quiz show the reason; the loader rejects a mark without one.
 */
const inferredMark: Validator<true> = {
  expected: 'true (the guide does not state this item; say why in `inferredReason`)',
  schema: { const: true },
  check(value, path, reporter) {
    if (value === true) return true;
    reporter.report(path, `expected true, got ${JSON.stringify(value)}: leave \`inferred\` out for what the guide states`);
    return INVALID;
  },
};

function valueLink(): Validator<string | { value: string; inferred: true; reason: string }> {
  const inferredLink = object({ value: id, inferred: inferredMark, reason: text });
  return {
    expected: 'a principle or value id, or { value, inferred: true, reason } for a link the guide does not make',
    schema: { anyOf: [id.schema, inferredLink.schema] },
    check(value, path, reporter) {
      if (typeof value === 'string') return id.check(value, path, reporter);
      return inferredLink.check(value, path, reporter) as { value: string; inferred: true; reason: string } | typeof INVALID;
    },
  };
}

/** Checks that an inferred mark comes with its reason, and flattens an inferred link onto `conflictsWith` + `conflictInferred`. */
function withProvenance<T>(inner: Validator<T>): Validator<T> {
  return {
    expected: inner.expected,
    schema: inner.schema,
    check(value, path, reporter) {
      const out = inner.check(value, path, reporter);
      if (out === INVALID || typeof out !== 'object' || out === null) return out;
      const o = { ...(out as Record<string, unknown>) };
      if (o['inferred'] === true && o['inferredReason'] === undefined) reporter.report([...path, 'inferred'], '`inferred: true` needs an `inferredReason`: why the item is here though the guide does not state it');
      if (o['inferredReason'] !== undefined && o['inferred'] !== true) reporter.report([...path, 'inferredReason'], '`inferredReason` without `inferred: true`');
      const link = o['conflictsWith'];
      if (typeof link === 'object' && link !== null) {
        o['conflictsWith'] = (link as { value: string }).value;
        o['conflictInferred'] = (link as { reason: string }).reason;
      }
      return o as T;
    },
  };
}

/** The kind-specific fields of each section, keyed by `kind`. */
export const sectionBodies: Record<SectionKind, Record<string, Validator<unknown>>> = {
  'job-description': {
    role: text,
    team: text,
    location: text,
    salaryRange: text,
    lookingFor: text,
    requiredSkills: list(skill, 1),
    bonusSkills: withDefault(list(skill), []),
    nonTechnicalSkills: withDefault(list(skill), []),
  },
  culture: {
    principles: list(principle, 1),
    values: list(principle, 1),
  },
  stories: {
    stories: list(
      object({
        id,
        number: integer(1),
        title: text,
        subject: text,
        demonstrates: list(object({ value: id, why: text }), 1),
        star: optional(
          object({ situation: optional(text), task: optional(text), action: optional(text), result: optional(text) }),
        ),
      }),
      1,
    ),
  },
  phrases: {
    groups: list(
      object({
        id,
        title: text,
        phrases: list(object({ id, text, note: optional(text), signals: withDefault(list(id), []) }), 1),
      }),
      1,
    ),
  },
  questions: {
    questions: list(
      object({ id, question: text, story: optional(id), points: list(text, 1), connect: optional(text) }),
      1,
    ),
  },
  'job-details': {
    qualifications: list(object({ id, number: integer(1), title: text, detail: text, shows: text }), 1),
    technologies: object({ fromJobDescription: list(text, 1), yourExperience: list(text), bridge: text }),
    coreMission: text,
  },
  'red-flags': {
    flags: list(
      withProvenance(
        object({
          id,
          group: text,
          text,
          reason: text,
          conflictsWith: optional(valueLink()),
          lint: optional(lintRule),
          inferred: optional(inferredMark),
          inferredReason: optional(text),
        }),
      ),
      1,
    ),
  },
  pitch: {
    pitch: text,
    seconds: integer(5, 600),
  },
  checklist: {
    items: list(object({ id, text }), 1),
  },
  'questions-to-ask': {
    questions: list(object({ id, number: integer(1), text }), 1),
  },
};

export const manifestSchema = object(
  {
    id,
    title: text,
    company: text,
    role: text,
    team: text,
    source: text,
    description: optional(text),
  },
  ['kind'],
);
