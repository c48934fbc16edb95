import type { LintDiagnostic } from '../core/rules/engine';
import { printable } from './terminalSafe';

/** One diagnostic as `scs-deck lint --format json` prints it: 1-based lines and columns. */
export interface JsonDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: LintDiagnostic['severity'];
  readonly rule: string;
  readonly message: string;
  readonly fixable: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly diagnostics: JsonDiagnostic[];
  /**
   * Set when the file could not be read, its `.scs-deck.json` could not be used, or `--fix` could not write
   * it. The same text is also the message of a `file-error` diagnostic, so readers of `diagnostics` see it.
   */
  readonly error?: string;
}

/** The pseudo-rule of a file that could not be read or written. */
export const FILE_ERROR = 'file-error';

/** @example fileError('x.md', 'cannot read (EACCES)').diagnostics[0].rule // 'file-error' */
export function fileError(file: string, reason: string, diagnostics: JsonDiagnostic[] = []): FileResult {
  const d: JsonDiagnostic = { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: FILE_ERROR, message: reason, fixable: false };
  return { file, error: reason, diagnostics: [d, ...diagnostics] };
}

/** @example toJson(d) // { line: 1, column: 1, endLine: 1, endColumn: 4, severity: 'error', rule: '…', message: '…', fixable: true } */
export function toJson(d: LintDiagnostic): JsonDiagnostic {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    fixable: d.fixes.some((f) => f.preferred),
  };
}

/** `file:line:col: severity message [rule]`, one line each, then a summary. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  let total = 0;
  let errors = 0;
  let fixable = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(printable(`${r.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.rule}]`));
      total++;
      if (d.severity === 'error') errors++;
      if (d.fixable) fixable++;
    }
  }
  const files = results.filter((r) => r.diagnostics.length).length;
  const failed = results.filter((r) => r.error).length;
  lines.push((total === 0
    ? `${results.length} file${results.length === 1 ? '' : 's'} checked, no problems`
    : `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${files} of ${results.length} files; ${fixable} fixable with --fix`)
    + (failed ? `; ${failed} file${failed === 1 ? '' : 's'} could not be read or written` : ''));
  return lines.join('\n');
}

const GITHUB_LEVEL: Record<JsonDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = `file=${prop(r.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${prop(d.rule)}`;
      lines.push(`::${GITHUB_LEVEL[d.severity]} ${props}::${data(d.message)}`);
    }
  }
  return lines.join('\n');
}

/** Line breaks as the workflow-command encoding wants them; other control characters made visible. */
function data(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
