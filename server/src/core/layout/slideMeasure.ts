import type { Slide } from '../deck/model';

/**
 * What a browser measured of one slide laid out as HedgeDoc lays it out (reveal.js 3.9.2, the deck's slide
 * options, `<style>`, fonts and images). Heights are CSS pixels of the unscaled slide, as reveal.js's own
 * `scrollHeight` of the slide's `<section>` and its configured `height` give them.
 */
export interface SlideMeasure {
  /** The slide section's `scrollHeight`: its content with reveal's padding. */
  readonly contentHeight: number;
  /** reveal.js's configured slide height (`slideOptions.height`, 700 by default). */
  readonly slideHeight: number;
  /** The section's computed line height, to say roughly how many lines are cut off. */
  readonly lineHeight?: number;
}

/** Looks up what was measured for a slide of the deck being linted (nothing: not measured). */
export type SlideMeasures = (slide: Slide) => SlideMeasure | undefined;

export interface Overflow {
  /** Pixels below the slide's bottom edge, rounded as HedgeDoc's oracle rounds them. */
  readonly px: number;
  /** Roughly how many lines of text that is (0: less than half a line). */
  readonly lines: number;
}

/**
 * How far a measured slide runs past its bottom edge: `max(0, round(scrollHeight - height))`, the same
 * definition the HedgeDoc oracle uses. Undefined when it fits.
 * @example overflowOf({ contentHeight: 790, slideHeight: 700, lineHeight: 45 }) // { px: 90, lines: 2 }
 */
export function overflowOf(m: SlideMeasure): Overflow | undefined {
  if (!Number.isFinite(m.contentHeight) || !Number.isFinite(m.slideHeight) || m.slideHeight <= 0) return undefined;
  const px = Math.max(0, Math.round(m.contentHeight - m.slideHeight));
  if (px === 0) return undefined;
  const lh = m.lineHeight !== undefined && Number.isFinite(m.lineHeight) && m.lineHeight > 0 ? m.lineHeight : undefined;
  return { px, lines: lh ? Math.round(px / lh) : 0 };
}

/**
 * The sentence the audience-facing problem is told in.
 * @example overflowMessage('3', { px: 90, lines: 2 }, 700) // 'Slide 3 is 90 px taller than the 700 px slide: about 2 lines at the bottom are cut off for the audience.'
 */
export function overflowMessage(label: string, overflow: Overflow, slideHeight: number): string {
  const lines = overflow.lines === 0 ? 'less than a line' : overflow.lines === 1 ? 'about 1 line' : `about ${overflow.lines} lines`;
  const verb = overflow.lines > 1 ? 'are' : 'is';
  return `Slide ${label} is ${overflow.px} px taller than the ${Math.round(slideHeight)} px slide: ${lines} at the bottom ${verb} cut off for the audience.`;
}
