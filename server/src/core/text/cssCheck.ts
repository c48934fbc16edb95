import { lexer, parse, walk, type CssNode, type Declaration } from 'css-tree';
import { closest } from './closest';

/** A problem in a CSS text, with offsets into that text. */
export interface CssProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The replacement for `start`–`end` that repairs it, when there is an obvious one. */
  readonly replacement?: string;
  readonly replacementTitle?: string;
}

let knownProperties: string[] | undefined;

/**
 * Checks CSS the way a browser reads it, with css-tree: unbalanced braces, syntax errors, unknown
 * properties, values the property does not accept, and `@import` (which HedgeDoc strips). A quoted value
 * that would be valid unquoted (`color: "#50c3a5"`, which every SCS deck inherited from the template) gets
 * its unquoted form as the fix.
 * Custom properties and values with `var()`/`env()` are not checked (they are resolved at run time).
 * @example checkCss('h1 { color: "#50c3a5"; }')[0].replacement // '#50c3a5'
 */
export function checkCss(css: string): CssProblem[] {
  const problems: CssProblem[] = [...braceProblems(css)];
  const ast = parse(css, {
    positions: true,
    onParseError(error) {
      let at = Math.min((error as { offset?: number }).offset ?? 0, css.length);
      // Point at the text the parser stopped after, not at the line break before the next token.
      while (at > 0 && /\s/.test(css[at] ?? ' ')) at--;
      if (!problems.some((p) => p.start === at)) {
        problems.push({ start: at, end: Math.min(css.length, at + 1), message: `CSS syntax error: ${error.message}. The browser skips this part.` });
      }
    },
  });
  walk(ast, {
    visit: 'Declaration',
    enter(node: Declaration) {
      const p = declarationProblem(css, node);
      if (p) problems.push(p);
    },
  });
  walk(ast, {
    visit: 'Atrule',
    enter(node) {
      // HedgeDoc's sanitiser strips `@import` from style blocks.
      if (node.name.toLowerCase() === 'import' && node.loc) {
        problems.push({ start: node.loc.start.offset, end: node.loc.end.offset, message: 'HedgeDoc removes @import from style blocks: the imported stylesheet never loads.' });
      }
    },
  });
  return problems.sort((a, b) => a.start - b.start);
}

function declarationProblem(css: string, node: Declaration): CssProblem | undefined {
  const prop = node.property;
  if (prop.startsWith('--') || !node.loc || node.value.type === 'Raw') return undefined;
  const valueText = css.slice(node.value.loc?.start.offset ?? 0, node.value.loc?.end.offset ?? 0);
  if (/\b(?:var|env|attr)\(/i.test(valueText)) return undefined;
  const match = lexer.matchDeclaration(node);
  if (!match.error) return undefined;
  const propStart = node.loc.start.offset;
  if (/^Unknown property/.test(match.error.message)) return unknownProperty(prop, propStart);
  if (/^-[a-z]+-/i.test(prop) || /(?:^|[\s(,])-[a-z]+-/i.test(valueText)) return undefined;
  const start = node.value.loc?.start.offset ?? propStart;
  const end = node.value.loc?.end.offset ?? node.loc.end.offset;
  return quotedValue(css, prop, node.value, start, end) ?? {
    start,
    end,
    message: `"${valueText.trim()}" is not a valid value for "${prop}": the browser ignores the declaration.`,
  };
}

function unknownProperty(prop: string, start: number): CssProblem {
  // css-tree knows every standard property; its typings do not list the table.
  knownProperties ??= Object.keys((lexer as unknown as { properties: Record<string, unknown> }).properties);
  const near = closest(prop, knownProperties);
  return {
    start,
    end: start + prop.length,
    message: `Unknown CSS property "${prop}": the browser ignores the declaration.${near ? ` Did you mean "${near}"?` : ''}`,
    replacement: near,
    replacementTitle: near && `Change to "${near}"`,
  };
}

/** `color: "#50c3a5"`: a string where the property wants a colour (or length…), valid once unquoted. */
function quotedValue(css: string, prop: string, value: CssNode, start: number, end: number): CssProblem | undefined {
  if (value.type !== 'Value') return undefined;
  const children = value.children.toArray();
  const only = children.length === 1 ? children[0] : undefined;
  if (only?.type !== 'String' || !only.value.trim()) return undefined;
  const unquoted = only.value.trim();
  if (lexer.matchProperty(prop, unquoted).error) return undefined;
  const what = /color/.test(prop) ? 'colour' : 'value';
  return {
    start,
    end,
    message: `The ${what} ${css.slice(start, end)} is quoted: browsers reject a string for ${prop}, so this declaration was never applied. Write it without quotes: ${prop}: ${unquoted}.`,
    replacement: unquoted,
    replacementTitle: `Unquote: ${prop}: ${unquoted}`,
  };
}

/** Braces outside strings and comments: a stray `}` or an unclosed `{` (which swallows the rules after it). */
function braceProblems(css: string): CssProblem[] {
  const open: number[] = [];
  const problems: CssProblem[] = [];
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
    } else if (c === '"' || c === "'") {
      i = stringEnd(css, i);
    } else if (c === '{') open.push(i);
    else if (c === '}') {
      if (open.pop() === undefined) problems.push({ start: i, end: i + 1, message: 'Unmatched "}" in the style block: the browser skips what follows up to the next rule.' });
    }
  }
  for (const at of open) problems.push({ start: at, end: at + 1, message: 'This "{" is never closed: the rules after it are read as part of this one.' });
  return problems;
}

function stringEnd(css: string, i: number): number {
  const quote = css[i];
  for (let j = i + 1; j < css.length; j++) {
    if (css[j] === '\\') j++;
    else if (css[j] === quote || css[j] === '\n') return j;
  }
  return css.length;
}
