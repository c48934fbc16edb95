import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import type { FrontMatter, FrontMatterProblem, YamlError } from './model';

/** HedgeDoc ends front matter at the first `\n---` or `\n...`, even in mid-line (`\n----`, `\n---x`). */
const CLOSING = /\n(?:-{3}|\.{3})/g;
/** What authors put before `---` by accident: a BOM, spaces, blank lines. */
const LOOSE_OPENING = /^\uFEFF?[ \t\n]*(?=---[ \t]*\n)/;

/**
 * Finds the front matter the way HedgeDoc's server does (only at byte 0), and also a front matter that
 * HedgeDoc misses because something stands before it, so that diagnostics can explain why.
 * @example parseFrontMatter('---\ntitle: x\n---\n# A') // recognised, body starts at offset 16
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  if (text.startsWith('---')) return parseAt(text, 0, undefined);
  const loose = LOOSE_OPENING.exec(text);
  if (loose && loose[0].length > 0) return parseAt(text, loose[0].length, 'not-at-start');
  return undefined;
}

function parseAt(text: string, start: number, forced: FrontMatterProblem | undefined): FrontMatter | undefined {
  CLOSING.lastIndex = start;
  const closing = CLOSING.exec(text);
  if (!closing) {
    if (forced) return undefined;
    return build(text, start, text.length, text.length, 'unterminated');
  }
  return build(text, start, closing.index, closing.index + 4, forced);
}

/** Beyond this, the position-keeping parser is not run: js-yaml's verdict alone decides (it is linear and depth-capped). */
const MAX_POSITIONAL_YAML = 256 * 1024;

function build(text: string, start: number, yamlEnd: number, end: number, forced?: FrontMatterProblem): FrontMatter {
  const yamlText = text.slice(start, yamlEnd);
  let data: unknown;
  let problem = forced;
  let loadError: YamlError | undefined;
  try {
    data = load(yamlText);
  } catch (err) {
    // HedgeDoc loads with js-yaml and strips nothing when it throws, whatever the `yaml` package thinks.
    problem ??= 'yaml-error';
    loadError = jsYamlError(err, start, text.length);
  }
  // The `yaml` package is slow on pathological nesting; js-yaml already refuses that (max depth 100).
  const tooHard = yamlText.length > MAX_POSITIONAL_YAML || /maxDepth/.test(loadError?.message ?? '');
  const document = parseDocument(tooHard ? '' : yamlText, { prettyErrors: false, uniqueKeys: true, strict: false });
  const errors: YamlError[] = document.errors.map((e) => ({
    message: e.message.split('\n')[0],
    start: start + e.pos[0],
    end: start + Math.max(e.pos[1], e.pos[0] + 1),
  }));
  if (loadError && errors.length === 0) errors.push(loadError);
  if (problem === 'unterminated') data = undefined;
  return { recognised: problem === undefined, problem, start, end, yamlText, yamlOffset: start, document, data, errors };
}

function jsYamlError(err: unknown, base: number, max: number): YamlError {
  const e = err as { reason?: string; message?: string; mark?: { position?: number } };
  const at = Math.min(base + (e.mark?.position ?? 0), max);
  return { message: e.reason ?? String(e.message ?? err).split('\n')[0], start: at, end: Math.min(at + 1, max) };
}
