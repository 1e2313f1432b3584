import type { Readiness } from './readiness';

/**
 * The readiness and practice-results webviews ⇄ host: one file of discriminated unions with a
 * validator per direction. The webview bundles import only this file (and readiness's types).
 */
export type OpenTarget =
  | { readonly kind: 'guide'; readonly sectionId: string; readonly itemId?: string }
  | { readonly kind: 'draft'; readonly path: string; readonly line?: number }
  | { readonly kind: 'practice'; readonly promptId: string };

export type PracticeWebviewMessage = { readonly type: 'ready' } | { readonly type: 'open'; readonly target: OpenTarget };

/** A live update of the dashboard (its first view comes written into the page). */
export type PracticeHostMessage = {
  readonly type: 'readiness';
  readonly readiness: Readiness;
  /** How long the host took to compute the figures. */
  readonly ms: number;
};

/** What the host writes into the dashboard's page about its opening (epoch ms), for "Opened in …". */
export interface OpenTiming {
  /** The command ran (or VS Code asked to restore the panel). */
  readonly openedAt: number;
  /** The figures were ready and the page was handed to VS Code. */
  readonly htmlAt: number;
  readonly figuresMs: number;
  /** Of which (ms): loading the pack, scanning the drafts, reading the stores, linting the drafts, adding up. */
  readonly figureSteps?: Readonly<Record<string, number>>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function parseOpenTarget(v: unknown): OpenTarget | undefined {
  if (!isObj(v)) return undefined;
  switch (v['kind']) {
    case 'guide':
      if (!str(v['sectionId'], 200) || (v['itemId'] !== undefined && !str(v['itemId'], 200))) return undefined;
      return { kind: 'guide', sectionId: v['sectionId'], ...(v['itemId'] !== undefined ? { itemId: v['itemId'] as string } : {}) };
    case 'draft':
      if (!str(v['path']) || (v['line'] !== undefined && !(Number.isInteger(v['line']) && (v['line'] as number) >= 1))) return undefined;
      return { kind: 'draft', path: v['path'], ...(v['line'] !== undefined ? { line: v['line'] as number } : {}) };
    case 'practice':
      return str(v['promptId'], 300) ? { kind: 'practice', promptId: v['promptId'] } : undefined;
    default:
      return undefined;
  }
}

export function parsePracticeWebviewMessage(v: unknown): PracticeWebviewMessage | undefined {
  if (!isObj(v)) return undefined;
  if (v['type'] === 'ready') return { type: 'ready' };
  if (v['type'] === 'open') {
    const target = parseOpenTarget(v['target']);
    return target ? { type: 'open', target } : undefined;
  }
  return undefined;
}

export function parsePracticeHostMessage(v: unknown): PracticeHostMessage | undefined {
  if (!isObj(v) || v['type'] !== 'readiness' || !isObj(v['readiness']) || typeof v['ms'] !== 'number') return undefined;
  const r = v['readiness'];
  const arrays = ['mastery', 'due', 'scores', 'redFlags'].every((k) => Array.isArray(r[k]));
  if (!arrays || !isObj(r['totals']) || !isObj(r['coverage'])) return undefined;
  return v as unknown as PracticeHostMessage;
}
