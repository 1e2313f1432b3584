/**
 * The typed shape of a content pack. A pack is a folder with one `pack.md` manifest and one
 * markdown file per section; each file carries its facts in YAML frontmatter and prose in its body.
 * Everything downstream (tree, quiz, lint rules, coach, CLI) reads these types and nothing else.
 */

/** Where a fact came from: the file, and the 1-based line of its frontmatter entry. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

export interface PackManifest {
  readonly id: string;
  readonly title: string;
  readonly company: string;
  readonly role: string;
  readonly team: string;
  readonly source: string;
  readonly description?: string;
  readonly body: string;
  readonly ref: SourceRef;
}

/** Common to every section file. */
interface SectionBase {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  /** A codicon name, e.g. `briefcase` for `$(briefcase)`. */
  readonly icon: string;
  /** The markdown body a person reads. */
  readonly body: string;
  /** Path of the file, relative to the pack folder. */
  readonly file: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyLine: number;
  /** Questions a pack author writes by hand, in addition to the generated ones. */
  readonly quiz: readonly AuthoredQuestion[];
}

export interface Skill {
  readonly id: string;
  readonly text: string;
}

export interface JobDescriptionSection extends SectionBase {
  readonly kind: 'job-description';
  readonly role: string;
  readonly team: string;
  readonly location: string;
  readonly salaryRange: string;
  readonly lookingFor: string;
  readonly requiredSkills: readonly Skill[];
  readonly bonusSkills: readonly Skill[];
  readonly nonTechnicalSkills: readonly Skill[];
}

export interface Principle {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly meaning: string;
  readonly ref: SourceRef;
}

export type CultureValue = Principle;

export interface CultureSection extends SectionBase {
  readonly kind: 'culture';
  readonly principles: readonly Principle[];
  readonly values: readonly CultureValue[];
}

export interface Demonstration {
  /** Id of a principle or a value from the culture section. */
  readonly value: string;
  /** Why the story demonstrates it, in the guide's words. */
  readonly why: string;
}

export interface Story {
  readonly id: string;
  readonly number: number;
  /** Short name, e.g. "Risk". */
  readonly title: string;
  /** What it is about, e.g. "On-Call Reports". */
  readonly subject: string;
  readonly demonstrates: readonly Demonstration[];
  /** Optional STAR notes a pack author may add; the bundled pack only carries what the guide says. */
  readonly star?: {
    readonly situation?: string;
    readonly task?: string;
    readonly action?: string;
    readonly result?: string;
  };
  readonly ref: SourceRef;
}

export interface StoriesSection extends SectionBase {
  readonly kind: 'stories';
  readonly stories: readonly Story[];
}

export interface KeyPhrase {
  readonly id: string;
  readonly text: string;
  /** A short aside the guide gives with the phrase, e.g. "not family". */
  readonly note?: string;
  /** Ids of principles or values the phrase signals (used by the coach's coverage). */
  readonly signals: readonly string[];
}

export interface PhraseGroup {
  readonly id: string;
  readonly title: string;
  readonly phrases: readonly KeyPhrase[];
}

export interface PhrasesSection extends SectionBase {
  readonly kind: 'phrases';
  readonly groups: readonly PhraseGroup[];
}

export interface LikelyQuestion {
  readonly id: string;
  readonly question: string;
  /** Id of the story to use, when the guide names one. */
  readonly story?: string;
  readonly points: readonly string[];
  /** The bridging sentence the guide suggests. */
  readonly connect?: string;
  readonly ref: SourceRef;
}

export interface QuestionsSection extends SectionBase {
  readonly kind: 'questions';
  readonly questions: readonly LikelyQuestion[];
}

export interface Qualification {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly detail: string;
  readonly shows: string;
}

export interface JobDetailsSection extends SectionBase {
  readonly kind: 'job-details';
  readonly qualifications: readonly Qualification[];
  readonly technologies: {
    readonly fromJobDescription: readonly string[];
    readonly yourExperience: readonly string[];
    readonly bridge: string;
  };
  readonly coreMission: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** How a red flag is linted. Phrase patterns use the lint engine's phrase syntax (see README). */
export interface LintRule {
  /** `phrase`: flag matching phrasings. `document`: flag a draft that lacks every `required` phrasing. */
  readonly scope: 'phrase' | 'document';
  readonly phrases: readonly string[];
  /** Phrasings that look alike but are fine; a match inside one of these is not reported. */
  readonly except: readonly string[];
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly severity: Severity;
  /** How the meaning tier reads this flag in sentences (see README, "Writing lint rules"). Optional. */
  readonly meaning?: MeaningForm;
}

/** A red flag's meaning: the concepts it is about and the stances in which they are a red flag. */
export interface MeaningForm {
  /** What a flagged sentence was understood as: "reads as wanting a stable, unchanging role". */
  readonly reads: string;
  /** Concept name → entries (words matched by lemma; `a|b` alternatives; `*` a short gap). */
  readonly concepts: Readonly<Record<string, readonly string[]>>;
  /** The frames in which the concepts are a red flag; any one is enough. */
  readonly when: readonly MeaningFrame[];
  /** Senses that never are this red flag (technical stability, security reviews…). */
  readonly never?: readonly string[];
}

export interface MeaningFrame {
  /** Whose voice: `wants`, `proposes`, `describes`, `reports`, `asks` (a question), `habit` (the speaker's own habit or rule) or `any` (never quoted advice). */
  readonly stance: readonly ('wants' | 'proposes' | 'describes' | 'reports' | 'asks' | 'habit' | 'any')[];
  /** Concepts that must be in the sentence and not negated. */
  readonly all?: readonly string[];
  /** Concepts that must be in the sentence, negated ("not in shipping them"). */
  readonly negated?: readonly string[];
  /** Concepts that must be in the sentence, negated or not. */
  readonly either?: readonly string[];
}

export interface RedFlag {
  readonly id: string;
  /** Where the guide lists it: e.g. "From Culture Memo". */
  readonly group: string;
  /** The guide's own line, e.g. `Don't say you want "work-life balance"`. */
  readonly text: string;
  /** The guide's reason, e.g. "they value resilience". */
  readonly reason: string;
  /** Id of the principle or value it conflicts with, when the guide ties it to one. */
  readonly conflictsWith?: string;
  /** Set when the guide does not make the `conflictsWith` link itself: why the pack adds it. */
  readonly conflictInferred?: string;
  /** The guide implies this flag but does not list it (`inferredReason` says why it is here). */
  readonly inferred?: true;
  readonly inferredReason?: string;
  readonly lint?: LintRule;
  readonly ref: SourceRef;
}

export interface RedFlagsSection extends SectionBase {
  readonly kind: 'red-flags';
  readonly flags: readonly RedFlag[];
}

export interface PitchSection extends SectionBase {
  readonly kind: 'pitch';
  readonly pitch: string;
  readonly seconds: number;
}

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
}

export interface ChecklistSection extends SectionBase {
  readonly kind: 'checklist';
  readonly items: readonly ChecklistItem[];
}

export interface AskQuestion {
  readonly id: string;
  readonly number: number;
  readonly text: string;
}

export interface AskSection extends SectionBase {
  readonly kind: 'questions-to-ask';
  readonly questions: readonly AskQuestion[];
}

export type Section =
  | JobDescriptionSection
  | CultureSection
  | StoriesSection
  | PhrasesSection
  | QuestionsSection
  | JobDetailsSection
  | RedFlagsSection
  | PitchSection
  | ChecklistSection
  | AskSection;

export type SectionKind = Section['kind'];

export const SECTION_KINDS: readonly SectionKind[] = [
  'job-description',
  'culture',
  'stories',
  'phrases',
  'questions',
  'job-details',
  'red-flags',
  'pitch',
  'checklist',
  'questions-to-ask',
];

/** A question written by the pack author in a section's `quiz:` list. */
export interface AuthoredQuestion {
  readonly id: string;
  readonly type: 'single' | 'multi' | 'short' | 'card';
  readonly prompt: string;
  /** For `single`/`multi`: the options; the answer(s) must be among them. */
  readonly options?: readonly string[];
  readonly answer: string | readonly string[];
  readonly explanation?: string;
}

export interface Pack {
  /** Absolute or display path of the pack folder. */
  readonly root: string;
  readonly manifest: PackManifest;
  /** Sections sorted by `order`. */
  readonly sections: readonly Section[];
}

export interface ContentProblem {
  /** Path relative to the pack folder. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** Dotted path of the offending field, e.g. `values[2].meaning`, when there is one. */
  readonly field?: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface LoadResult {
  /** The pack built from every file that loaded; undefined when nothing usable loaded (no manifest). */
  readonly pack?: Pack;
  readonly problems: readonly ContentProblem[];
}

/** A file handed to the loader: its path relative to the pack folder and its text. */
export interface ContentFile {
  readonly path: string;
  readonly text: string;
}

export function sectionOfKind<K extends SectionKind>(pack: Pack, kind: K): Extract<Section, { kind: K }> | undefined {
  return pack.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }> | undefined;
}
