import { dottedLookup, parseJsoncObject } from '../config/jsonc';
import type { Severity } from '../content/types';
import type { LintOptions } from './engine';
import type { ExtraPhrase } from './rules';
import { compileGlobs } from './glob';

/**
 * The lint settings as the editor and the CLI share them: the keys of `interviewCoach.lint.*`
 * and `interviewCoach.drafts.include`, read from VS Code's configuration or from a settings.json
 * given to `interview-coach lint --config`. Anything malformed is dropped with a warning, never
 * thrown: a typo in settings must not stop linting.
 */
export interface LintSettings {
  readonly enabled: boolean;
  readonly disabledRules: readonly string[];
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
  readonly extraPhrases: readonly ExtraPhrase[];
  readonly draftsInclude: readonly string[];
}

export const DEFAULT_DRAFTS_INCLUDE: readonly string[] = ['**/answers/**/*.md', '**/*.answer.md'];

export const SETTING = {
  enabled: 'interviewCoach.lint.enabled',
  disabledRules: 'interviewCoach.lint.disabledRules',
  severity: 'interviewCoach.lint.severity',
  extraPhrases: 'interviewCoach.lint.extraPhrases',
  draftsInclude: 'interviewCoach.drafts.include',
  contentPath: 'interviewCoach.contentPath',
} as const;

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** Reads the settings from a lookup of dotted keys (`get('interviewCoach.lint.enabled')`). */
export function normalizeLintSettings(get: (key: string) => unknown, warn: (message: string) => void = () => undefined): LintSettings {
  const enabledRaw = get(SETTING.enabled);
  const enabled = typeof enabledRaw === 'boolean' ? enabledRaw : true;
  if (enabledRaw !== undefined && typeof enabledRaw !== 'boolean') warn(`${SETTING.enabled}: expected true or false`);

  const disabledRules = stringList(get(SETTING.disabledRules), SETTING.disabledRules, warn);

  const severity: Record<string, Severity | 'off'> = {};
  const severityRaw = get(SETTING.severity);
  if (severityRaw !== undefined && severityRaw !== null) {
    if (typeof severityRaw !== 'object' || Array.isArray(severityRaw)) {
      warn(`${SETTING.severity}: expected an object of rule id → ${SEVERITIES.join('|')}`);
    } else {
      for (const [rule, value] of Object.entries(severityRaw as Record<string, unknown>)) {
        if ((SEVERITIES as readonly unknown[]).includes(value)) severity[rule] = value as Severity | 'off';
        else warn(`${SETTING.severity}.${rule}: expected one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(value)}`);
      }
    }
  }

  const extraPhrases: ExtraPhrase[] = [];
  const extraRaw = get(SETTING.extraPhrases);
  if (extraRaw !== undefined && extraRaw !== null) {
    if (!Array.isArray(extraRaw)) {
      warn(`${SETTING.extraPhrases}: expected a list of phrases`);
    } else {
      extraRaw.forEach((item, i) => {
        const where = `${SETTING.extraPhrases}[${i}]`;
        if (typeof item === 'string') {
          if (item.trim()) extraPhrases.push({ phrase: item });
          return;
        }
        if (typeof item !== 'object' || item === null || typeof (item as { phrase?: unknown }).phrase !== 'string') {
          warn(`${where}: expected a string or { "phrase": "...", "message": "..." }`);
          return;
        }
        const o = item as Record<string, unknown>;
        const sev = o['severity'];
        if (sev !== undefined && !(SEVERITIES as readonly unknown[]).includes(sev)) warn(`${where}.severity: expected error, warning, info or hint`);
        extraPhrases.push({
          phrase: o['phrase'] as string,
          ...(typeof o['message'] === 'string' ? { message: o['message'] } : {}),
          ...(Array.isArray(o['suggestions']) ? { suggestions: (o['suggestions'] as unknown[]).filter((s): s is string => typeof s === 'string') } : {}),
          ...(sev === 'error' || sev === 'warning' || sev === 'info' || sev === 'hint' ? { severity: sev } : {}),
          ...(typeof o['id'] === 'string' && /^[a-z0-9][a-z0-9-]*$/i.test(o['id']) ? { id: o['id'] } : {}),
        });
      });
    }
  }

  const includeRaw = get(SETTING.draftsInclude);
  const includeList = includeRaw === undefined || includeRaw === null ? DEFAULT_DRAFTS_INCLUDE : stringList(includeRaw, SETTING.draftsInclude, warn);
  // A glob that cannot be read is named and left out; the others still select drafts.
  const bad = new Set<number>();
  for (const p of compileGlobs(includeList).problems) {
    warn(`${SETTING.draftsInclude}[${p.index}]: ${p.message}`);
    bad.add(p.index);
  }
  const draftsInclude = bad.size === 0 ? includeList : includeList.filter((_, i) => !bad.has(i));

  return { enabled, disabledRules, severity, extraPhrases, draftsInclude };
}

function stringList(raw: unknown, key: string, warn: (message: string) => void): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    warn(`${key}: expected a list of strings`);
    return [];
  }
  const out = raw.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  if (out.length !== raw.length) warn(`${key}: ignored entries that are not strings`);
  return out;
}

/** The engine options the settings amount to. */
export function lintOptionsFrom(settings: LintSettings): LintOptions {
  return { disabledRules: settings.disabledRules, severity: settings.severity, extraPhrases: settings.extraPhrases };
}

/**
 * A settings.json as VS Code writes it: JSON with comments and trailing commas (and perhaps a
 * byte order mark). Returns a lookup that understands both flat keys
 * (`"interviewCoach.lint.enabled": false`) and nested objects. Throws a SyntaxError naming the
 * line and column of the first problem.
 */
export function parseSettingsJson(text: string): (key: string) => unknown {
  return dottedLookup(parseJsoncObject(text));
}
