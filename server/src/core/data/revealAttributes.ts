/**
 * reveal.js attributes an author sets with `<!-- .slide: … -->` or `<!-- .element: … -->`, and the
 * `fragment` class styles. HedgeDoc sets only `data-*`, `id`, `class` and `style` from those comments.
 */

/** What kind of value an attribute takes, for completion and checks. */
export type AttributeValueKind = 'color' | 'url' | 'css' | 'enum' | 'number' | 'boolean' | 'flag' | 'string';

export interface RevealAttribute {
  readonly name: string;
  /** `slide`: on a `<section>`; `element`: on content inside a slide; `both`. */
  readonly target: 'slide' | 'element' | 'both';
  readonly kind: AttributeValueKind;
  readonly values?: readonly string[];
  readonly description: string;
  /** False for attributes of later reveal.js versions that do nothing in HedgeDoc's reveal.js 3.9.2. */
  readonly inHedgeDoc: boolean;
}

const TRANSITION_VALUES = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];
/** `data-transition` also takes `<in>-in <out>-out` pairs (`slide-in fade-out`). */
const TRANSITION_PAIRS = ['slide-in fade-out', 'fade-in slide-out', 'convex-in concave-out', 'zoom-in fade-out'];

export const REVEAL_ATTRIBUTES: readonly RevealAttribute[] = [
  { name: 'data-background', target: 'slide', kind: 'string', inHedgeDoc: true, description: 'Slide background: a colour, an image URL or a CSS gradient.' },
  { name: 'data-background-color', target: 'slide', kind: 'color', inHedgeDoc: true, description: 'Background colour of the whole slide.' },
  { name: 'data-background-image', target: 'slide', kind: 'url', inHedgeDoc: true, description: 'Background image URL (no `=` or `"` in it: HedgeDoc drops such values).' },
  { name: 'data-background-size', target: 'slide', kind: 'css', values: ['cover', 'contain'], inHedgeDoc: true, description: 'CSS `background-size` of the background image.' },
  { name: 'data-background-position', target: 'slide', kind: 'css', values: ['center', 'top', 'bottom'], inHedgeDoc: true, description: 'CSS `background-position` of the background image.' },
  { name: 'data-background-repeat', target: 'slide', kind: 'css', values: ['no-repeat', 'repeat'], inHedgeDoc: true, description: 'CSS `background-repeat` of the background image.' },
  { name: 'data-background-opacity', target: 'slide', kind: 'number', inHedgeDoc: true, description: 'Opacity of the background image or video, from 0 to 1.' },
  { name: 'data-background-video', target: 'slide', kind: 'url', inHedgeDoc: true, description: 'Background video URL (or several, comma-separated).' },
  { name: 'data-background-video-loop', target: 'slide', kind: 'flag', inHedgeDoc: true, description: 'Loop the background video.' },
  { name: 'data-background-video-muted', target: 'slide', kind: 'flag', inHedgeDoc: true, description: 'Mute the background video.' },
  { name: 'data-background-iframe', target: 'slide', kind: 'url', inHedgeDoc: true, description: 'Web page shown as the slide background.' },
  { name: 'data-background-interactive', target: 'slide', kind: 'flag', inHedgeDoc: true, description: 'Let the audience interact with the background iframe.' },
  { name: 'data-background-transition', target: 'slide', kind: 'enum', values: TRANSITION_VALUES, inHedgeDoc: true, description: 'Transition of this slide\'s background.' },
  { name: 'data-transition', target: 'slide', kind: 'enum', values: [...TRANSITION_VALUES, ...TRANSITION_PAIRS], inHedgeDoc: true, description: 'Transition into and out of this slide.' },
  { name: 'data-transition-speed', target: 'slide', kind: 'enum', values: ['default', 'fast', 'slow'], inHedgeDoc: true, description: 'Speed of this slide\'s transition.' },
  { name: 'data-state', target: 'slide', kind: 'string', inHedgeDoc: true, description: 'Class added to the document element while this slide is shown.' },
  { name: 'data-autoslide', target: 'both', kind: 'number', inHedgeDoc: true, description: 'Milliseconds before auto-advancing from this slide or fragment.' },
  { name: 'data-visibility', target: 'slide', kind: 'enum', values: ['hidden', 'uncounted'], inHedgeDoc: true, description: '`hidden` removes the slide from the deck.' },
  { name: 'data-timing', target: 'slide', kind: 'number', inHedgeDoc: true, description: 'Seconds planned for this slide, for the speaker-view pacing timer.' },
  { name: 'data-notes', target: 'slide', kind: 'string', inHedgeDoc: true, description: 'Speaker notes for this slide, as an attribute.' },
  { name: 'data-fragment-index', target: 'element', kind: 'number', inHedgeDoc: true, description: 'Order in which this fragment appears.' },
  { name: 'data-autoplay', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Start this video, audio or iframe when its slide is shown.' },
  { name: 'data-ignore', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Keep reveal.js from pausing or autoplaying this media.' },
  { name: 'data-src', target: 'element', kind: 'url', inHedgeDoc: true, description: 'Lazy-loaded source of an image, video or iframe.' },
  { name: 'data-preload', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Load this iframe before its slide is shown.' },
  { name: 'data-prevent-swipe', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Swipes on this element do not change slides.' },
  { name: 'data-trim', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Trim whitespace around code (highlight plugin).' },
  { name: 'data-noescape', target: 'element', kind: 'flag', inHedgeDoc: true, description: 'Do not HTML-escape this code (highlight plugin).' },
  { name: 'data-auto-animate', target: 'slide', kind: 'flag', inHedgeDoc: false, description: 'Auto-animate to the next slide (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-auto-animate-easing', target: 'both', kind: 'string', inHedgeDoc: false, description: 'Easing of auto-animate (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-auto-animate-duration', target: 'both', kind: 'number', inHedgeDoc: false, description: 'Duration of auto-animate in seconds (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-auto-animate-unmatched', target: 'both', kind: 'boolean', inHedgeDoc: false, description: 'Fade in unmatched elements (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-auto-animate-id', target: 'slide', kind: 'string', inHedgeDoc: false, description: 'Groups slides for auto-animate (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-auto-animate-restart', target: 'slide', kind: 'flag', inHedgeDoc: false, description: 'Breaks an auto-animate chain (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-id', target: 'element', kind: 'string', inHedgeDoc: false, description: 'Matches elements across auto-animate slides (reveal.js 4; no effect in HedgeDoc 1.x).' },
  { name: 'data-line-numbers', target: 'element', kind: 'string', inHedgeDoc: false, description: 'Code line highlights (reveal.js 4; in HedgeDoc use a ```` ```lang= ```` fence).' },
];

/** Attributes HedgeDoc's attribute comments set besides `data-*`. */
export const COMMENT_ATTRIBUTES: readonly string[] = ['id', 'class', 'style'];

/** `fragment` class styles (`<!-- .element: class="fragment grow" -->`); a bare `fragment` fades in. */
export const FRAGMENT_STYLES: readonly { readonly name: string; readonly description: string }[] = [
  { name: 'fade-in', description: 'Fade in (the default).' },
  { name: 'fade-out', description: 'Start visible, fade out.' },
  { name: 'fade-up', description: 'Slide up while fading in.' },
  { name: 'fade-down', description: 'Slide down while fading in.' },
  { name: 'fade-left', description: 'Slide left while fading in.' },
  { name: 'fade-right', description: 'Slide right while fading in.' },
  { name: 'fade-in-then-out', description: 'Fade in, then out on the next step.' },
  { name: 'fade-in-then-semi-out', description: 'Fade in, then to 50% on the next step.' },
  { name: 'current-visible', description: 'Visible only while current.' },
  { name: 'semi-fade-out', description: 'Fade out to 50%.' },
  { name: 'grow', description: 'Scale up.' },
  { name: 'shrink', description: 'Scale down.' },
  { name: 'strike', description: 'Strike through.' },
  { name: 'highlight-red', description: 'Turn red.' },
  { name: 'highlight-green', description: 'Turn green.' },
  { name: 'highlight-blue', description: 'Turn blue.' },
  { name: 'highlight-current-red', description: 'Red while current.' },
  { name: 'highlight-current-green', description: 'Green while current.' },
  { name: 'highlight-current-blue', description: 'Blue while current.' },
];

const BY_NAME = new Map(REVEAL_ATTRIBUTES.map((a) => [a.name, a]));

/**
 * The reveal.js attribute of this name (lower case, as HTML attributes are).
 * @example revealAttribute('data-background-color')?.kind // 'color'
 */
export function revealAttribute(name: string): RevealAttribute | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The names of all known reveal.js `data-*` attributes. */
export const REVEAL_ATTRIBUTE_NAMES: readonly string[] = REVEAL_ATTRIBUTES.map((a) => a.name);

/** Whether `name` is a fragment style class (`grow`, `fade-up`…). */
export function isFragmentStyle(name: string): boolean {
  return FRAGMENT_STYLES.some((s) => s.name === name);
}
