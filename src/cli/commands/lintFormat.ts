import type { Severity } from '../../core/content/types';
import type { Finding } from '../../core/lint';
import { oneLine } from '../terminalText';

/** One linted file: its path as shown (relative to the working folder, `/` separated). */
export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** What SARIF needs to describe a rule. */
export interface RuleInfo {
  readonly id: string;
  readonly message: string;
  readonly reason?: string;
  readonly advice?: string;
  readonly suggestions: readonly string[];
  readonly severity: Severity;
}

/** `file:line:col  severity  message  [rule]`, one line per finding, in file then position order. */
export function formatHuman(results: readonly FileFindings[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) lines.push(`${oneLine(r.file)}:${f.line}:${f.column}  ${f.severity}  ${oneLine(f.message)}  [${f.ruleId}]`);
  }
  return lines;
}

/** "3 findings (2 warnings, 1 hint) in 2 of 4 files", for standard error. */
export function summary(results: readonly FileFindings[]): string {
  const all = results.flatMap((r) => r.findings);
  const files = results.length;
  const filesWord = `${files} file${files === 1 ? '' : 's'}`;
  if (all.length === 0) return `No findings in ${filesWord}.`;
  const counts = (['error', 'warning', 'info', 'hint'] as const)
    .map((s) => [s, all.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'info' ? 'info' : `${s}${n === 1 ? '' : 's'}`}`);
  const withFindings = results.filter((r) => r.findings.length > 0).length;
  return `${all.length} finding${all.length === 1 ? '' : 's'} (${counts.join(', ')}) in ${withFindings} of ${filesWord}.`;
}

/** The JSON format: 1-based lines and columns (UTF-16 units, as VS Code counts), end exclusive. */
export function formatJson(results: readonly FileFindings[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      suggestions: f.suggestions,
    })),
  );
  return JSON.stringify(rows, null, 2);
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  readonly version: string;
  /** Absolute path of the folder the `file`s are relative to. */
  readonly root: string;
  readonly rules: readonly RuleInfo[];
  /** Files that could not be read or found, and other errors of the run. */
  readonly errors: readonly { readonly message: string; readonly file?: string }[];
}

/** SARIF 2.1.0, for code-scanning tools (GitHub code scanning, VS Code's SARIF viewer…). */
export function formatSarif(results: readonly FileFindings[], options: SarifOptions): string {
  const rules = [...options.rules];
  const known = new Set(rules.map((r) => r.id));
  for (const f of results.flatMap((r) => r.findings)) {
    if (!known.has(f.ruleId)) {
      known.add(f.ruleId);
      rules.push({ id: f.ruleId, message: f.message, ...(f.reason ? { reason: f.reason } : {}), suggestions: [], severity: f.severity });
    }
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file: string) => ({ uri: encodeURI(file), uriBaseId: 'SRCROOT' });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'interview-coach',
            version: options.version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.advice ?? r.message },
              fullDescription: { text: r.reason ? `${r.message} ${r.reason}` : r.message },
              help: { text: r.suggestions.length > 0 ? `${r.message} Try: ${r.suggestions.map((s) => `“${s}”`).join(', ')}.` : r.message },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: fileUri(options.root) } },
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start };
            return {
              ruleId: f.ruleId,
              ruleIndex: index.get(f.ruleId),
              level: SARIF_LEVEL[f.severity],
              message: { text: f.reason ? `${f.message} ${f.reason}` : f.message },
              locations: [{ physicalLocation: { artifactLocation: location(r.file), region } }],
              ...(f.suggestions.length > 0
                ? {
                    fixes: f.suggestions.map((s) => ({
                      description: { text: `Replace with “${s}”` },
                      artifactChanges: [{ artifactLocation: location(r.file), replacements: [{ deletedRegion: region, insertedContent: { text: s } }] }],
                    })),
                  }
                : {}),
            };
          }),
        ),
        invocations: [
          {
            executionSuccessful: options.errors.length === 0,
            toolExecutionNotifications: options.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              ...(e.file ? { locations: [{ physicalLocation: { artifactLocation: location(e.file) } }] } : {}),
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

function fileUri(path: string): string {
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return `file://${encodeURI(withSlash.startsWith('/') ? withSlash : `/${withSlash.replace(/\\/g, '/')}`)}`;
}
