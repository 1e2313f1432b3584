import { toLf } from '../text/lineEndings';
import { FrontmatterSyntaxError, parseFrontmatter, type ParsedFrontmatter } from './frontmatter';
import { formatPath, INVALID, list, object, withDefault, type FieldPath, type Reporter } from './schema';
import { authoredQuestion, manifestSchema, sectionBodies, sectionHeader } from './sectionSchemas';
import {
  SECTION_KINDS,
  type ContentFile,
  type ContentProblem,
  type LoadResult,
  type Pack,
  type PackManifest,
  type Section,
  type SectionKind,
  type SourceRef,
} from './types';

export const MANIFEST_FILE = 'pack.md';

/**
 * Builds a Pack from the files of one pack folder. Pure: the caller reads the files (from disk,
 * `vscode.workspace.fs` or memory). Never throws on content: every problem comes back with its
 * file, line, column and field, and whatever is valid still loads.
 */
export function loadPack(root: string, files: readonly ContentFile[]): LoadResult {
  const problems: ContentProblem[] = [];
  const markdown = files.filter((f) => f.path.toLowerCase().endsWith('.md')).sort((a, b) => a.path.localeCompare(b.path));

  let manifest: PackManifest | undefined;
  const sections: Section[] = [];
  const sectionIds = new Map<string, string>();
  const parsedFiles = new Map<string, ParsedFrontmatter>();

  for (const file of markdown) {
    const parsed = parseFile(file, problems);
    if (!parsed) continue;
    parsedFiles.set(file.path, parsed);
    const reporter = reporterFor(file.path, parsed, problems);

    if (baseName(file.path) === MANIFEST_FILE) {
      const data = manifestSchema.check(parsed.data, [], reporter);
      if (data !== INVALID) {
        manifest = { ...data, body: parsed.body, ref: { file: file.path, line: parsed.position(['id']).line } };
      }
      continue;
    }

    const section = decodeSection(file.path, parsed, reporter);
    if (!section) continue;
    const previous = sectionIds.get(section.id);
    if (previous) {
      reporter.report(['id'], `duplicate section id "${section.id}": already used by ${previous}`);
      continue;
    }
    sectionIds.set(section.id, file.path);
    sections.push(section);
  }

  if (markdown.length === 0) {
    problems.push({ file: MANIFEST_FILE, line: 1, column: 1, message: 'no content files: a pack is a folder of markdown files with a pack.md manifest', severity: 'error' });
    return { problems };
  }
  if (!manifest && !markdown.some((f) => baseName(f.path) === MANIFEST_FILE)) {
    problems.push({ file: MANIFEST_FILE, line: 1, column: 1, message: 'missing pack.md: expected a manifest with id, title, company, role, team and source', severity: 'error' });
  }

  sections.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  checkReferences(sections, parsedFiles, problems);

  const fallbackName = baseName(root) || 'pack';
  const pack: Pack = {
    root,
    manifest: manifest ?? {
      id: fallbackName,
      title: fallbackName,
      company: '',
      role: '',
      team: '',
      source: '',
      body: '',
      ref: { file: MANIFEST_FILE, line: 1 },
    },
    sections,
  };
  return { pack, problems };
}

function parseFile(file: ContentFile, problems: ContentProblem[]): ParsedFrontmatter | undefined {
  try {
    // CRLF (Git on Windows) or a lone CR would leave `\r` in values and break YAML block scalars.
    return parseFrontmatter(toLf(file.text));
  } catch (err) {
    if (err instanceof FrontmatterSyntaxError) {
      problems.push({ file: file.path, line: err.line, column: err.column, message: `invalid YAML frontmatter: ${err.message}`, severity: 'error' });
    } else {
      problems.push({ file: file.path, line: 1, column: 1, message: `could not read frontmatter: ${(err as Error).message}`, severity: 'error' });
    }
    return undefined;
  }
}

function reporterFor(file: string, parsed: ParsedFrontmatter, problems: ContentProblem[]): Reporter {
  return {
    report(path: FieldPath, message: string, severity: 'error' | 'warning' = 'error') {
      const { line, column } = parsed.position(path);
      const field = formatPath(path);
      problems.push({ file, line, column, ...(field ? { field } : {}), message: field ? `${field}: ${message}` : message, severity });
    },
  };
}

function decodeSection(file: string, parsed: ParsedFrontmatter, reporter: Reporter): Section | undefined {
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    reporter.report([], 'no frontmatter: a section file starts with a --- block holding id, kind, title and order');
    return undefined;
  }
  const kind = (data as Record<string, unknown>)['kind'];
  if (kind === undefined) {
    reporter.report(['kind'], `missing field "kind": expected one of ${SECTION_KINDS.join(', ')}`);
    return undefined;
  }
  if (typeof kind !== 'string' || !(SECTION_KINDS as readonly string[]).includes(kind)) {
    reporter.report(['kind'], `unknown section kind ${JSON.stringify(kind)}: expected one of ${SECTION_KINDS.join(', ')}`);
    return undefined;
  }
  const schema = object(
    { ...sectionHeader, quiz: withDefault(list(authoredQuestion), []), ...sectionBodies[kind as SectionKind] },
    ['kind'],
  );
  const decoded = schema.check(data, [], reporter);
  if (decoded === INVALID) return undefined;

  const raw = data as Record<string, unknown>;
  const section = { ...decoded, kind, body: parsed.body, file, bodyLine: parsed.bodyLine } as Record<string, unknown>;
  attachRefs(section, raw, file, parsed);
  checkAuthoredQuestions(section, raw, reporter);
  checkDuplicateItemIds(section, raw, reporter);
  return section as unknown as Section;
}

/** Item lists whose entries carry a `ref` back to their line, for "open at this item". */
const REF_LISTS: Partial<Record<SectionKind, readonly string[]>> = {
  culture: ['principles', 'values'],
  stories: ['stories'],
  questions: ['questions'],
  'red-flags': ['flags'],
};

function attachRefs(section: Record<string, unknown>, raw: Record<string, unknown>, file: string, parsed: ParsedFrontmatter): void {
  for (const field of REF_LISTS[section['kind'] as SectionKind] ?? []) {
    const rawItems = raw[field] as { id?: unknown }[];
    section[field] = (section[field] as { id: string }[]).map((item) => {
      const index = firstIndexOf(rawItems, item.id);
      const ref: SourceRef = { file, line: parsed.position([field, index]).line };
      return { ...item, ref };
    });
  }
}

/** Every item list of a section, with the field path of its raw entries. */
function itemLists(section: Record<string, unknown>): { path: FieldPath; items: { id: string }[] }[] {
  switch (section['kind'] as SectionKind) {
    case 'job-description':
      return ['requiredSkills', 'bonusSkills', 'nonTechnicalSkills'].map((f) => ({ path: [f], items: section[f] as { id: string }[] }));
    case 'culture':
      return ['principles', 'values'].map((f) => ({ path: [f], items: section[f] as { id: string }[] }));
    case 'stories':
      return [{ path: ['stories'], items: section['stories'] as { id: string }[] }];
    case 'phrases': {
      const groups = section['groups'] as { id: string; phrases: { id: string }[] }[];
      return [{ path: ['groups'], items: groups }, ...groups.map((g, i) => ({ path: ['groups', i, 'phrases'], items: g.phrases }))];
    }
    case 'questions':
    case 'questions-to-ask':
      return [{ path: ['questions'], items: section['questions'] as { id: string }[] }];
    case 'job-details':
      return [{ path: ['qualifications'], items: section['qualifications'] as { id: string }[] }];
    case 'red-flags':
      return [{ path: ['flags'], items: section['flags'] as { id: string }[] }];
    case 'checklist':
      return [{ path: ['items'], items: section['items'] as { id: string }[] }];
    case 'pitch':
      return [];
  }
}

/** Item ids are unique within a section (principles and values share one namespace). */
function checkDuplicateItemIds(section: Record<string, unknown>, raw: Record<string, unknown>, reporter: Reporter): void {
  // Where each id was first used, written out only for a duplicate (most packs have none).
  const seen = new Map<string, { path: FieldPath; rawItems: { id?: unknown }[] }>();
  for (const { path, items } of itemLists(section)) {
    const rawItems = rawAt(raw, path);
    const kept: { id: string }[] = [];
    for (const item of items) {
      const first = seen.get(item.id);
      if (first !== undefined) {
        const dupIndex = indicesOf(rawItems, item.id);
        const at = dupIndex.length > 1 ? dupIndex[dupIndex.length - 1]! : dupIndex[0] ?? 0;
        reporter.report([...path, at, 'id'], `duplicate id "${item.id}": already used by ${formatPath([...first.path, firstIndexOf(first.rawItems, item.id)])}`);
        continue;
      }
      seen.set(item.id, { path, rawItems });
      kept.push(item);
    }
    items.splice(0, items.length, ...kept);
  }
}

const idIndexes = new WeakMap<readonly unknown[], Map<unknown, number[]>>();

/**
 * The indices of the raw entries with id `id`, ascending. Indexed once per list: a search per
 * item was quadratic, and a pack with tens of thousands of items took minutes to load.
 */
function indicesOf(rawItems: readonly { id?: unknown }[], id: unknown): readonly number[] {
  let byId = idIndexes.get(rawItems);
  if (!byId) {
    byId = new Map();
    rawItems.forEach((r, i) => {
      const key = r?.id;
      const list = byId!.get(key);
      if (list) list.push(i);
      else byId!.set(key, [i]);
    });
    idIndexes.set(rawItems, byId);
  }
  return byId.get(id) ?? [];
}

/** The first raw entry with id `id`, or -1 (what `findIndex` gave). */
function firstIndexOf(rawItems: readonly { id?: unknown }[], id: unknown): number {
  return indicesOf(rawItems, id)[0] ?? -1;
}

function rawAt(raw: Record<string, unknown>, path: FieldPath): { id?: unknown }[] {
  let node: unknown = raw;
  for (const key of path) node = (node as Record<string | number, unknown>)?.[key];
  return Array.isArray(node) ? (node as { id?: unknown }[]) : [];
}

function checkAuthoredQuestions(section: Record<string, unknown>, raw: Record<string, unknown>, reporter: Reporter): void {
  const questions = section['quiz'] as { id: string; type: string; options?: string[]; answer: string | string[] }[];
  const rawQuiz = (raw['quiz'] ?? []) as { id?: unknown }[];
  section['quiz'] = questions.filter((q) => {
    const index = firstIndexOf(rawQuiz, q.id);
    if ((q.type === 'single' || q.type === 'multi') && !q.options) {
      reporter.report(['quiz', index, 'options'], `missing field "options": a ${q.type} question lists at least 2 options`);
      return false;
    }
    if (q.type === 'single' && Array.isArray(q.answer)) {
      reporter.report(['quiz', index, 'answer'], 'expected one answer (a string) for a single-choice question, got a list');
      return false;
    }
    const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
    const missing = q.options ? answers.filter((a) => !q.options!.includes(a)) : [];
    if (missing.length > 0) {
      reporter.report(['quiz', index, 'answer'], `answer ${JSON.stringify(missing[0])} is not one of the options`);
      return false;
    }
    return true;
  });
}

/** References between sections: stories to values, questions to stories, flags and phrases to values. */
function checkReferences(sections: readonly Section[], parsedFiles: ReadonlyMap<string, ParsedFrontmatter>, problems: ContentProblem[]): void {
  const culture = sections.find((s) => s.kind === 'culture');
  const stories = sections.find((s) => s.kind === 'stories');
  const valueIds = culture ? new Set([...culture.principles, ...culture.values].map((v) => v.id)) : undefined;
  const storyIds = stories ? new Set(stories.stories.map((s) => s.id)) : undefined;
  const position = (file: string, path: FieldPath) => parsedFiles.get(file)!.position(path);
  const unknown = (file: string, path: FieldPath, what: string, value: string, known: Set<string>) => {
    const { line, column } = position(file, path);
    const field = formatPath(path);
    problems.push({
      file,
      line,
      column,
      field,
      message: `${field}: unknown ${what} "${value}"; known: ${[...known].join(', ')}`,
      severity: 'error',
    });
  };
  const rawIndex = (file: string, path: FieldPath, itemId: string): number => {
    return firstIndexOf(rawAt(parsedFiles.get(file)!.data as Record<string, unknown>, path), itemId);
  };

  for (const section of sections) {
    if (section.kind === 'stories' && valueIds) {
      for (const story of section.stories) {
        const i = rawIndex(section.file, ['stories'], story.id);
        story.demonstrates.forEach((d, j) => {
          if (!valueIds.has(d.value)) unknown(section.file, ['stories', i, 'demonstrates', j, 'value'], 'principle or value', d.value, valueIds);
        });
      }
    }
    if (section.kind === 'questions' && storyIds) {
      for (const q of section.questions) {
        if (q.story && !storyIds.has(q.story)) unknown(section.file, ['questions', rawIndex(section.file, ['questions'], q.id), 'story'], 'story', q.story, storyIds);
      }
    }
    if (section.kind === 'red-flags' && valueIds) {
      for (const f of section.flags) {
        if (f.conflictsWith && !valueIds.has(f.conflictsWith)) {
          unknown(section.file, ['flags', rawIndex(section.file, ['flags'], f.id), 'conflictsWith'], 'principle or value', f.conflictsWith, valueIds);
        }
      }
    }
    if (section.kind === 'phrases' && valueIds) {
      section.groups.forEach((g) => {
        const gi = rawIndex(section.file, ['groups'], g.id);
        for (const p of g.phrases) {
          const pi = rawIndex(section.file, ['groups', gi, 'phrases'], p.id);
          p.signals.forEach((s, k) => {
            if (!valueIds.has(s)) unknown(section.file, ['groups', gi, 'phrases', pi, 'signals', k], 'principle or value', s, valueIds);
          });
        }
      });
    }
  }
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** `file:line:col: message`, the format of compilers and of the Problems panel's copy. */
export function formatProblem(p: ContentProblem, prefix = ''): string {
  return `${prefix}${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}
