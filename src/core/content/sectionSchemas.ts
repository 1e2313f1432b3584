import { describeValue, id, integer, INVALID, list, object, oneOf, optional, text, withDefault, type Validator } from './schema';
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
    check(value, path, reporter) {
      return Array.isArray(value) ? list(text, 1).check(value, path, reporter) : text.check(value, path, reporter);
    },
  } as Validator<string | string[]>,
  explanation: optional(text),
});

const conceptName = id;
const meaningFrame = object({
  stance: list(oneOf(['wants', 'proposes', 'describes', 'reports', 'any'] as const), 1),
  all: optional(list(conceptName)),
  negated: optional(list(conceptName)),
  either: optional(list(conceptName)),
});

/** A red flag's `meaning:` form; every concept a frame names must be defined under `concepts`. */
export const meaningForm: Validator<MeaningForm> = {
  expected: 'a mapping with reads, concepts and when',
  check(value, path, reporter) {
    const checked = object({
      reads: text,
      concepts: {
        expected: 'a mapping of concept names to lists of words',
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
            else out[name] = list1;
          }
          return ok ? out : INVALID;
        },
      } as Validator<Record<string, string[]>>,
      when: list(meaningFrame, 1),
      never: optional(list(text)),
    }).check(value, path, reporter);
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
          if (!(name in checked.concepts)) {
            reporter.report([...path, 'when', i, key, j], `unknown concept "${name}"; defined: ${Object.keys(checked.concepts).join(', ') || 'none'}`);
            ok = false;
          }
        });
      }
    });
    return ok ? (checked as MeaningForm) : INVALID;
  },
};

export const lintRule = object({
  scope: withDefault(oneOf(['phrase', 'document'] as const), 'phrase'),
  phrases: list(text, 1),
  except: withDefault(list(text), []),
  message: text,
  suggestions: withDefault(list(text), []),
  severity: withDefault(oneOf(['error', 'warning', 'info', 'hint'] as const), 'warning'),
  meaning: optional(meaningForm),
});

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
      object({
        id,
        group: text,
        text,
        reason: text,
        conflictsWith: optional(id),
        lint: optional(lintRule),
      }),
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
