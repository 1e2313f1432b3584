import type { FixItem, ScoreCheck } from './score';

/**
 * What a round's results page shows, as plain data: the host writes the page from it, and the
 * page keeps it as its saved state, so the results come back after a window reload (VS Code
 * hands the state to the panel serializer, which validates it here before writing the page again).
 */
export interface ResultsPage {
  readonly v: 1;
  readonly roundId: string;
  readonly score: number;
  readonly grade: 1 | 2 | 3 | 4;
  readonly promptId: string;
  readonly question: string;
  readonly cite: { readonly sectionId: string; readonly itemId?: string };
  /** The draft, relative to the workspace (or a URI). */
  readonly draft: string;
  /** When the question comes back: "in 1 min". */
  readonly next: string;
  readonly redFlags: number;
  readonly checks: readonly Pick<ScoreCheck, 'label' | 'points' | 'max' | 'detail'>[];
  readonly fixes: readonly (Pick<FixItem, 'kind' | 'ruleId' | 'line' | 'message' | 'guide'> & { readonly cite?: { readonly sectionId: string; readonly itemId?: string } })[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 4000): v is string => typeof v === 'string' && v.length <= max;
const nonEmpty = (v: unknown, max = 4000): v is string => str(v, max) && v.length > 0;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parseCite(v: unknown): ResultsPage['cite'] | undefined {
  if (!isObj(v) || !nonEmpty(v['sectionId'], 200) || (v['itemId'] !== undefined && !nonEmpty(v['itemId'], 200))) return undefined;
  return { sectionId: v['sectionId'], ...(v['itemId'] !== undefined ? { itemId: v['itemId'] as string } : {}) };
}

/** The saved page, or undefined when it is not one (an older version, or damaged). */
export function parseResultsPage(v: unknown): ResultsPage | undefined {
  if (!isObj(v) || v['v'] !== 1) return undefined;
  const cite = parseCite(v['cite']);
  const grade = v['grade'];
  if (!cite || !nonEmpty(v['roundId'], 200) || !num(v['score']) || (v['score'] as number) > 100 || (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4)) return undefined;
  if (!nonEmpty(v['promptId'], 300) || !str(v['question']) || !nonEmpty(v['draft']) || !str(v['next'], 200) || !Number.isInteger(v['redFlags']) || !num(v['redFlags'])) return undefined;
  if (!Array.isArray(v['checks']) || !Array.isArray(v['fixes']) || v['checks'].length > 50 || v['fixes'].length > 500) return undefined;
  const checks: ResultsPage['checks'][number][] = [];
  for (const c of v['checks'] as unknown[]) {
    if (!isObj(c) || !str(c['label'], 200) || !num(c['points']) || !num(c['max']) || !str(c['detail'])) return undefined;
    checks.push({ label: c['label'], points: c['points'], max: c['max'], detail: c['detail'] });
  }
  const fixes: ResultsPage['fixes'][number][] = [];
  for (const f of v['fixes'] as unknown[]) {
    if (!isObj(f) || (f['kind'] !== 'red-flag' && f['kind'] !== 'coach') || !nonEmpty(f['ruleId'], 200) || !Number.isInteger(f['line']) || (f['line'] as number) < 1 || !str(f['message'])) return undefined;
    if (f['guide'] !== undefined && !str(f['guide'])) return undefined;
    const fixCite = f['cite'] === undefined ? undefined : parseCite(f['cite']);
    if (f['cite'] !== undefined && !fixCite) return undefined;
    fixes.push({ kind: f['kind'], ruleId: f['ruleId'], line: f['line'] as number, message: f['message'], ...(f['guide'] !== undefined ? { guide: f['guide'] as string } : {}), ...(fixCite ? { cite: fixCite } : {}) });
  }
  return {
    v: 1,
    roundId: v['roundId'],
    score: v['score'] as number,
    grade,
    promptId: v['promptId'],
    question: v['question'],
    cite,
    draft: v['draft'],
    next: v['next'],
    redFlags: v['redFlags'] as number,
    checks,
    fixes,
  };
}
