import { MAY_HOLD_DIAGRAM } from '../data/diagrams';
import type { BlockRange } from '../deck/model';
import type { SlideRule, SlideRuleContext } from './types';

/** More diagrams than this in one slide are not checked (each check may cost a parser run of up to a second). */
export const MAX_DIAGRAMS_PER_SLIDE = 8;

/**
 * A diagram fence its library cannot read. HedgeDoc then shows the source with a warning box under it (sequence,
 * mermaid) or just the source (graphviz); abcjs draws what it understood. The host runs the parsers
 * (`RuleEnvironment.checkDiagram`); the report points at the line the parser names, else at the fence's first line.
 */
export const diagramSyntax: SlideRule = {
  name: 'diagram-syntax',
  description: 'A mermaid, graphviz, sequence, flow or abc fence its diagram library cannot read: HedgeDoc shows an error or the bare source.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const check = ctx.checkDiagram;
    if (!check || !MAY_HOLD_DIAGRAM.test(ctx.slide.content)) return;
    const fences = ctx.slide.info.structure.blocks.filter((b) => b.diagram !== undefined).slice(0, MAX_DIAGRAMS_PER_SLIDE);
    for (const fence of fences) {
      const kind = fence.diagram;
      if (!kind) continue;
      const { source, lineStarts } = fenceSource(ctx, fence);
      const problem = check(kind, source);
      if (!problem) continue;
      // A parser may count a line past the end (an error at the end of the text): the last line then.
      const named = problem.line !== undefined && problem.line >= 1 ? lineStarts[Math.min(problem.line, lineStarts.length) - 1] : undefined;
      const start = named ?? fence.start;
      ctx.report({ start, end: lineEnd(ctx.slide.content, start), message: `${kind}: ${oneLine(problem.message)}` });
    }
  },
};

/**
 * The fence's content as markdown-it gives it to the renderer: the lines between the fences, each without the
 * opening fence's indentation (up to three spaces).
 */
function fenceSource(ctx: SlideRuleContext, fence: BlockRange): { source: string; lineStarts: number[] } {
  const text = ctx.slide.content;
  const opening = text.slice(fence.start, lineEnd(text, fence.start));
  const indent = /^ */.exec(opening)?.[0].length ?? 0;
  const lineStarts: number[] = [];
  const lines: string[] = [];
  let at = lineEnd(text, fence.start) + 1;
  const stop = fence.closed ? lineStartOf(text, fence.end) : fence.end + 1;
  while (at < stop && at <= text.length) {
    const end = lineEnd(text, at);
    const raw = text.slice(at, end);
    const cut = Math.min(indent, /^ */.exec(raw)?.[0].length ?? 0);
    lineStarts.push(at + cut);
    lines.push(raw.slice(cut));
    at = end + 1;
  }
  return { source: lines.length ? lines.join('\n') + '\n' : '', lineStarts };
}

function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i === -1 ? text.length : i;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
}

/** Parser messages span lines (the source line, a caret, the expected tokens): one line for the editor. */
function oneLine(message: string): string {
  const text = message.replace(/\s*\n\s*/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
