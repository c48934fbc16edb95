/**
 * Builds and patches the `<section>` tree reveal.js reads. The HTML was rendered and sanitised by the
 * language server; this module only places it. A lone slide is one `<section>`, a stack is an outer
 * `<section>` holding one per vertical slide, and `<!-- .slide: -->` attributes go on the slide's own one.
 */
import type { DeckFrame, RenderedSlideDto } from '../../server/src/protocol';
import type { ChangedSlide } from '../../client/src/preview/patchPlan';
import { commentAttributeName } from '../../server/src/core/deck/attributeComments';
import { DIAGRAM_KINDS } from '../../server/src/core/data/diagrams';

const CURSOR_CLASS = 'scs-cursor';

/** The attributes each section got from its deck comment, so a patch can take exactly those back. */
const deckAttributes = new WeakMap<HTMLElement, Record<string, string>>();
/** Sections whose last fill changed a `data-background…` attribute: reveal must rebuild their background. */
const backgroundChanged = new WeakSet<HTMLElement>();

export function hasNewBackground(section: HTMLElement): boolean {
  return backgroundChanged.has(section);
}

export function sectionFor(slide: RenderedSlideDto | undefined, index: number): HTMLElement {
  const section = document.createElement('section');
  fill(section, slide, index);
  return section;
}

/**
 * Puts a slide's content and attributes into `section`, keeping what reveal.js set there itself (its
 * state classes, inline layout), so an edit can update the element reveal already tracks.
 */
export function fill(section: HTMLElement, slide: RenderedSlideDto | undefined, index: number): void {
  const before = deckAttributes.get(section) ?? {};
  const after: Record<string, string> = {};
  for (const [name, value] of Object.entries(slide?.attributes ?? {})) {
    // The render core passes only data-*, id, class and style, HedgeDoc's list; check again with the same grammar.
    if (commentAttributeName(name) === name) after[name] = value;
  }
  for (const name of Object.keys(before)) {
    if (name === 'class') section.classList.remove(...classes(before.class));
    else if (!(name in after)) section.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(after)) {
    if (name === 'class') section.classList.add(...classes(value));
    else if (name === 'style') section.style.cssText = value;
    else section.setAttribute(name, value);
  }
  if ('style' in before && !('style' in after)) section.style.cssText = '';
  if (backgroundKey(before) !== backgroundKey(after)) backgroundChanged.add(section);
  else backgroundChanged.delete(section);
  deckAttributes.set(section, after);
  section.innerHTML = slide ? slide.html + notesMarkup(slide) : '<p class="scs-missing">…</p>';
  section.dataset.scsIndex = String(index);
  section.dataset.scsHash = slide?.hash ?? '';
}

function notesMarkup(slide: RenderedSlideDto): string {
  return slide.notes === undefined ? '' : `<aside class="notes">${slide.notes}</aside>`;
}

function backgroundKey(attributes: Record<string, string>): string {
  return JSON.stringify(Object.entries(attributes).filter(([name]) => name.startsWith('data-background')).sort());
}

function classes(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Replaces every slide (columns changed). A slide whose diagrams were drawn keeps its section when its hash is
 * unchanged, so adding or moving a slide does not draw every diagram again.
 */
export function rebuild(container: HTMLElement, frame: DeckFrame, table: Map<string, RenderedSlideDto>): void {
  const drawn = drawnSections(container);
  const section = (index: number) => {
    const hash = frame.hashes[index];
    const kept = drawn.get(hash)?.shift();
    if (!kept) return sectionFor(table.get(hash), index);
    kept.dataset.scsIndex = String(index);
    return kept;
  };
  const fragment = document.createDocumentFragment();
  for (const column of frame.columns) {
    if (column.length === 1) {
      fragment.appendChild(section(column[0]));
      continue;
    }
    const stack = document.createElement('section');
    for (const index of column) stack.appendChild(section(index));
    fragment.appendChild(stack);
  }
  container.replaceChildren(fragment);
}

/** A drawn diagram: its `pre` takes the kind's class. */
const DRAWN_DIAGRAM = DIAGRAM_KINDS.map((k) => `pre.${k.className}`).join(', ');

/** Slide sections holding a drawn diagram (HedgeDoc's classes on a `pre`), by hash. */
function drawnSections(container: HTMLElement): Map<string, HTMLElement[]> {
  const found = new Map<string, HTMLElement[]>();
  for (const pre of Array.from(container.querySelectorAll(DRAWN_DIAGRAM))) {
    const slide = pre.closest<HTMLElement>('section[data-scs-hash]');
    const hash = slide?.dataset.scsHash;
    if (!slide || !hash) continue;
    const list = found.get(hash) ?? [];
    if (!list.includes(slide)) list.push(slide);
    found.set(hash, list);
  }
  return found;
}

/** Shown sections a patch may have moved out of reveal.js's layout: taller or shorter, or a new `style` of their own. */
const layoutChanged = new WeakSet<HTMLElement>();

/** Whether the section is on screen (reveal.js hides those beyond its view distance and lays them out when shown). */
function shown(section: HTMLElement): boolean {
  return section.offsetParent !== null;
}

/**
 * Whether reveal.js must lay a patched section out again now. It centres a slide by its height and sizes `stretch`
 * elements to what is left, both written inline; a patch keeps the section and so that layout, unless the
 * height changed, the deck's `style` replaced the inline one, or the slide has stretched elements.
 */
export function needsLayout(section: HTMLElement): boolean {
  return shown(section) && (layoutChanged.has(section) || section.querySelector(':scope > .stretch, :scope > .r-stretch') !== null);
}

/** Updates only the changed slides' sections (same columns), in place; returns them for `Reveal.syncSlide`. */
export function patch(container: HTMLElement, changed: ChangedSlide[], table: Map<string, RenderedSlideDto>): HTMLElement[] {
  const touched: HTMLElement[] = [];
  for (const c of changed) {
    const section = slideElement(container, c.h, c.v);
    if (!section) continue;
    const slide = table.get(c.hash);
    // Only a section on screen has a height to compare (reveal lays out the others when it shows them).
    const height = shown(section) ? section.scrollHeight : -1;
    const styled = 'style' in (deckAttributes.get(section) ?? {}) || 'style' in (slide?.attributes ?? {});
    fill(section, slide, c.index);
    if (height >= 0 && (styled || section.scrollHeight !== height)) layoutChanged.add(section);
    else layoutChanged.delete(section);
    touched.push(section);
  }
  return touched;
}

/** The slide's own section at reveal indices h/v. */
export function slideElement(container: HTMLElement, h: number, v: number): HTMLElement | undefined {
  const column = container.children[h] as HTMLElement | undefined;
  if (!column) return undefined;
  // A lone slide carries its index; a slide's own HTML may hold <section>s that are not a stack.
  if (column.dataset.scsIndex !== undefined) return v === 0 ? column : undefined;
  return stackSlides(column)[v];
}

/** The reveal indices of a slide's own section (undefined for one not in the deck's tree). */
export function slidePosition(container: HTMLElement, section: HTMLElement): { h: number; v: number } | undefined {
  const parent = section.parentElement;
  if (parent === container) return { h: Array.prototype.indexOf.call(container.children, section) as number, v: 0 };
  if (!parent || parent.parentElement !== container) return undefined;
  return { h: Array.prototype.indexOf.call(container.children, parent) as number, v: stackSlides(parent).indexOf(section) };
}

/** Every slide section's reveal indices, in one walk (`slidePosition` for each would be quadratic on a long deck). */
export function slidePositions(container: HTMLElement): Map<HTMLElement, { h: number; v: number }> {
  const out = new Map<HTMLElement, { h: number; v: number }>();
  Array.from(container.children).forEach((column, h) => {
    if (!(column instanceof HTMLElement)) return;
    if (column.dataset.scsIndex !== undefined) out.set(column, { h, v: 0 });
    else stackSlides(column).forEach((section, v) => out.set(section, { h, v }));
  });
  return out;
}

/** A stack's own slide sections (a slide's HTML may hold `<section>`s of its own, which carry no index). */
function stackSlides(stack: Element): HTMLElement[] {
  return Array.from(stack.children).filter((c): c is HTMLElement => c.tagName === 'SECTION' && c instanceof HTMLElement && c.dataset.scsIndex !== undefined);
}

/** Outlines the slide under the editor cursor (visible in the overview). */
export function markCursor(container: HTMLElement, h: number, v: number): void {
  for (const el of Array.from(container.querySelectorAll(`.${CURSOR_CLASS}`))) el.classList.remove(CURSOR_CLASS);
  slideElement(container, h, v)?.classList.add(CURSOR_CLASS);
}

/** The deck's `<style>` blocks, applied globally as HedgeDoc does; returns whether they changed. */
export function applyStyles(host: HTMLElement, styles: string[]): boolean {
  const current = Array.from(host.children).map((s) => s.textContent ?? '');
  if (current.length === styles.length && current.every((s, i) => s === styles[i])) return false;
  host.replaceChildren(...styles.map((css) => {
    const el = document.createElement('style');
    el.textContent = css;
    return el;
  }));
  return true;
}
