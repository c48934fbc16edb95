/**
 * HedgeDoc sanitises the raw body before it splits it into slides (spec §1). An allowed tag whose text runs
 * over a separator (`a<b c` with the next `>` slides later, or none at all) is rebuilt from its name and
 * allowed attributes, so the separator inside it is gone and the slides around it are one slide.
 */
import { isAllowedTag } from '../render/sanitizer';
import { forEachXssTag, xssTagName } from '../text/xssTagScan';
import type { SplitPoint } from './separators';

/**
 * Splits the separators HedgeDoc still sees from those an allowed tag swallows.
 * @example dropSwallowedSplits('a<b c\n\n---\n\nd> e', findSplitPoints('a<b c\n\n---\n\nd> e')).kept // []
 */
export function dropSwallowedSplits(body: string, points: SplitPoint[]): { kept: SplitPoint[]; swallowed: SplitPoint[] } {
  if (points.length === 0 || !body.includes('<')) return { kept: points, swallowed: [] };
  const kept: SplitPoint[] = [];
  const swallowed: SplitPoint[] = [];
  // The separator line starts after the consumed line break; tags and points both come in text order.
  const lineOf = (p: SplitPoint) => p.index + 1;
  let next = 0;
  forEachXssTag(body, 0, (start, end, unterminated) => {
    while (next < points.length && lineOf(points[next]) <= start) kept.push(points[next++]);
    if (next === points.length || lineOf(points[next]) >= end) return;
    // Only tags that run over a separator need their name: most decks have many tags and none of these.
    const into = isAllowedTag(xssTagName(body, start, end, unterminated)) ? swallowed : kept;
    while (next < points.length && lineOf(points[next]) < end) into.push(points[next++]);
  });
  while (next < points.length) kept.push(points[next++]);
  return { kept, swallowed };
}
