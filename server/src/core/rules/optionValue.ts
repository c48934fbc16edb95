import type { SlideOption } from '../data/slideOptions';
import { closest } from '../text/closest';
import { urlInMarkup } from './urlMarkup';

/** Why a value does not suit an option, and the value to write instead when one is clear. */
export interface ValueProblem {
  readonly message: string;
  readonly replacement?: string | number | boolean;
}

const TRUE = /^(true|yes|on)$/i;
const FALSE = /^(false|no|off)$/i;
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * Checks one scalar against its option's type as reveal.js 3.9.2 reads it (js-yaml 4 semantics: `yes` is a
 * string, `'true'` is a string and therefore truthy). Undefined when the value is fine.
 * @example checkOptionValue(slideOption('theme')!, 'whtie')?.replacement // 'white'
 */
export function checkOptionValue(opt: SlideOption, value: unknown): ValueProblem | undefined {
  if (value === null && opt.alsoAccepts?.includes('null')) return undefined;
  if (typeof value === 'boolean' && opt.alsoAccepts?.includes('boolean')) return undefined;
  switch (opt.type) {
    case 'boolean':
      return checkBoolean(opt, value);
    case 'number':
      return checkNumber(opt, value);
    case 'enum':
      return checkEnum(opt, value);
    case 'url':
      if (typeof value === 'string' && !urlInMarkup(value)) return undefined;
      return typeof value === 'string' ? undefined : { message: `\`${opt.name}\` must be a URL string.` };
    default:
      return typeof value === 'string' ? undefined : { message: `\`${opt.name}\` must be a string${opt.values ? ` such as '${opt.values[0]}'` : ''}.` };
  }
}

function checkBoolean(opt: SlideOption, value: unknown): ValueProblem | undefined {
  if (typeof value === 'boolean') return undefined;
  const text = String(value);
  const replacement = TRUE.test(text) ? true : FALSE.test(text) ? false : undefined;
  const quoted = typeof value === 'string' && replacement !== undefined;
  return {
    message: quoted
      ? `\`${opt.name}\` must be true or false, not the string '${text}' (any non-empty string counts as true).`
      : `\`${opt.name}\` must be true or false, not ${describe(value)}.`,
    replacement,
  };
}

function checkNumber(opt: SlideOption, value: unknown): ValueProblem | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return undefined;
  if (typeof value === 'string') {
    if (opt.alsoAccepts?.includes('string') && /^\d+(\.\d+)?%$/.test(value.trim())) return undefined;
    if (NUMERIC.test(value.trim())) {
      return { message: `\`${opt.name}\` must be a number, not the string '${value}'.`, replacement: Number(value.trim()) };
    }
    const px = /^(\d+(?:\.\d+)?)px$/i.exec(value.trim());
    if (px) return { message: `\`${opt.name}\` is a number of pixels without a unit.`, replacement: Number(px[1]) };
  }
  return { message: `\`${opt.name}\` must be a number${opt.alsoAccepts?.includes('string') ? ' or a percentage' : ''}, not ${describe(value)}.` };
}

function checkEnum(opt: SlideOption, value: unknown): ValueProblem | undefined {
  const values = opt.values ?? [];
  if (typeof value === 'string' && values.includes(value)) return undefined;
  const text = value === null || value === undefined ? '' : String(value);
  const suggestion = text ? closest(text, values) : undefined;
  const fallback = opt.name === 'theme' ? ' HedgeDoc silently uses black.' : '';
  return {
    message: `\`${opt.name}\` must be one of ${values.join(', ')}${opt.alsoAccepts?.includes('boolean') ? ', true, false' : ''}; ${describe(value)} is not.${fallback}`,
    replacement: suggestion,
  };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}
