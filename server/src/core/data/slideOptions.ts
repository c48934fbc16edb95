/**
 * The `slideOptions` keys HedgeDoc 1.x copies into `Reveal.initialize` (its allow-list, reveal.js 3.9.2).
 * Every other key is ignored silently. Completion, hover and the option rules all read this table.
 */

export type SlideOptionType = 'boolean' | 'number' | 'string' | 'enum' | 'url';
/** A YAML scalar as js-yaml loads it. */
export type OptionValue = string | number | boolean | null;

export interface SlideOption {
  readonly name: string;
  readonly type: SlideOptionType;
  /** For `enum`: the values reveal.js understands. */
  readonly values?: readonly string[];
  /** Other value types reveal.js also accepts (`slideNumber: true` as well as `'c/t'`). */
  readonly alsoAccepts?: readonly ('boolean' | 'number' | 'string' | 'null')[];
  /** The value in effect when the key is absent: HedgeDoc's default where it sets one, else reveal.js 3.9.2's. */
  readonly default: OptionValue;
  /** Whether HedgeDoc (not reveal.js) sets that default. */
  readonly hedgedocDefault?: boolean;
  readonly description: string;
}

/** The 11 themes HedgeDoc ships; any other name silently falls back to `black`. */
export const THEMES: readonly string[] = ['beige', 'black', 'blood', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white'];
export const TRANSITIONS: readonly string[] = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];
export const TRANSITION_SPEEDS: readonly string[] = ['default', 'fast', 'slow'];
export const SLIDE_NUMBER_FORMATS: readonly string[] = ['h.v', 'h/v', 'c', 'c/t'];

export const SLIDE_OPTIONS: readonly SlideOption[] = [
  { name: 'autoPlayMedia', type: 'boolean', alsoAccepts: ['null'], default: null, description: 'Autoplay all media (`true`), none (`false`), or only those with `data-autoplay` (`null`).' },
  { name: 'autoSlide', type: 'number', default: 0, description: 'Milliseconds before advancing automatically; `0` turns it off.' },
  { name: 'autoSlideStoppable', type: 'boolean', default: true, description: 'Stop auto-sliding after user input.' },
  { name: 'backgroundTransition', type: 'enum', values: TRANSITIONS, default: 'fade', description: 'Transition between full-page slide backgrounds.' },
  { name: 'center', type: 'boolean', default: true, hedgedocDefault: true, description: 'Center slides vertically.' },
  { name: 'controls', type: 'boolean', default: true, hedgedocDefault: true, description: 'Show the navigation arrows.' },
  { name: 'controlsBackArrows', type: 'enum', values: ['faded', 'hidden', 'visible'], default: 'faded', description: 'How the arrows back to earlier slides look.' },
  { name: 'controlsLayout', type: 'enum', values: ['bottom-right', 'edges'], default: 'bottom-right', description: 'Where the navigation arrows sit.' },
  { name: 'controlsTutorial', type: 'boolean', default: true, description: 'Pulse the arrows to teach first-time viewers.' },
  { name: 'defaultTiming', type: 'number', alsoAccepts: ['null'], default: null, description: 'Seconds per slide for the speaker-view pacing timer.' },
  { name: 'display', type: 'string', values: ['block', 'flex'], default: 'block', description: 'CSS `display` of the current slide.' },
  { name: 'embedded', type: 'boolean', default: false, description: 'Run inside a limited part of the page.' },
  { name: 'fragmentInURL', type: 'boolean', default: false, description: 'Put the current fragment in the URL.' },
  { name: 'fragments', type: 'boolean', default: true, description: 'Turn fragments on; `false` shows all fragment content at once.' },
  { name: 'hash', type: 'boolean', default: false, description: 'Add the slide number to the URL hash.' },
  { name: 'height', type: 'number', alsoAccepts: ['string'], default: 700, description: 'Presentation height in pixels (or a percentage string) before scaling.' },
  { name: 'help', type: 'boolean', default: true, description: 'Show the keyboard help overlay on `?`.' },
  { name: 'hideAddressBar', type: 'boolean', default: true, description: 'Hide the address bar on mobile devices.' },
  { name: 'hideCursorTime', type: 'number', default: 5000, description: 'Milliseconds before an idle cursor is hidden.' },
  { name: 'hideInactiveCursor', type: 'boolean', default: true, description: 'Hide the cursor when it is idle.' },
  { name: 'history', type: 'boolean', default: true, hedgedocDefault: true, description: 'Push each slide change to the browser history.' },
  { name: 'keyboard', type: 'boolean', default: true, description: 'Turn keyboard shortcuts on.' },
  { name: 'loop', type: 'boolean', default: false, description: 'Loop back to the first slide after the last.' },
  { name: 'margin', type: 'number', default: 0.04, description: 'Empty space around the content, as a fraction of the display size.' },
  { name: 'maxScale', type: 'number', default: 2.0, description: 'Largest scale factor applied to the content.' },
  { name: 'minScale', type: 'number', default: 0.2, description: 'Smallest scale factor applied to the content.' },
  { name: 'minimumTimePerSlide', type: 'number', default: 0, description: 'Minimum seconds per slide for the pacing timer.' },
  { name: 'mobileViewDistance', type: 'number', default: 2, description: 'Slides kept loaded around the current one on mobile devices.' },
  { name: 'mouseWheel', type: 'boolean', default: false, description: 'Navigate with the mouse wheel.' },
  { name: 'navigationMode', type: 'enum', values: ['default', 'linear', 'grid'], default: 'default', description: 'How the arrow keys move through vertical stacks.' },
  { name: 'overview', type: 'boolean', default: true, description: 'Turn the slide overview mode (Esc) on.' },
  { name: 'parallaxBackgroundHorizontal', type: 'number', alsoAccepts: ['null'], default: null, description: 'Pixels the parallax background moves per horizontal slide.' },
  { name: 'parallaxBackgroundImage', type: 'url', default: '', description: 'URL of a parallax background image (a bare URL, not Markdown).' },
  { name: 'parallaxBackgroundSize', type: 'string', values: ['1920px 1080px', '2100px 900px'], default: '', description: 'CSS size of the parallax background, in pixels (`2100px 900px`).' },
  { name: 'parallaxBackgroundVertical', type: 'number', alsoAccepts: ['null'], default: null, description: 'Pixels the parallax background moves per vertical slide.' },
  { name: 'preloadIframes', type: 'boolean', alsoAccepts: ['null'], default: null, description: 'Preload iframes (`true`), only when visible (`false`), or by `data-preload` (`null`).' },
  { name: 'previewLinks', type: 'boolean', default: false, description: 'Open links in an iframe overlay.' },
  { name: 'progress', type: 'boolean', default: true, hedgedocDefault: true, description: 'Show the progress bar.' },
  { name: 'rtl', type: 'boolean', default: false, description: 'Right-to-left direction. HedgeDoc overwrites it from the `dir` front-matter key.' },
  { name: 'showNotes', type: 'boolean', default: false, description: 'Show speaker notes to everyone (for printing or recording).' },
  { name: 'shuffle', type: 'boolean', default: false, description: 'Shuffle the slides on each load.' },
  { name: 'slideNumber', type: 'enum', values: SLIDE_NUMBER_FORMATS, alsoAccepts: ['boolean'], default: true, hedgedocDefault: true, description: 'Show the slide number: `true`, `false`, or a format (`h.v`, `h/v`, `c`, `c/t`).' },
  { name: 'theme', type: 'enum', values: THEMES, default: 'black', hedgedocDefault: true, description: 'reveal.js theme. Unknown names silently fall back to `black`.' },
  { name: 'totalTime', type: 'number', default: 0, description: 'Seconds for the whole talk, for the pacing timer.' },
  { name: 'touch', type: 'boolean', default: true, description: 'Navigate by swiping on touch devices.' },
  { name: 'transition', type: 'enum', values: TRANSITIONS, default: 'none', hedgedocDefault: true, description: 'Slide transition style.' },
  { name: 'transitionSpeed', type: 'enum', values: TRANSITION_SPEEDS, default: 'default', description: 'Slide transition speed.' },
  { name: 'viewDistance', type: 'number', default: 3, description: 'Slides kept loaded around the current one.' },
  { name: 'width', type: 'number', alsoAccepts: ['string'], default: 960, description: 'Presentation width in pixels (or a percentage string) before scaling.' },
];

const BY_NAME = new Map(SLIDE_OPTIONS.map((o) => [o.name, o]));

/**
 * The allow-listed option of this exact name (case-sensitive, as HedgeDoc copies it).
 * @example slideOption('theme')?.values?.includes('white') // true
 */
export function slideOption(name: string): SlideOption | undefined {
  return BY_NAME.get(name);
}

/** The allow-list, in alphabetical order as HedgeDoc lists it. */
export const SLIDE_OPTION_NAMES: readonly string[] = SLIDE_OPTIONS.map((o) => o.name);
