/**
 * Builds and patches the `<section>` tree reveal.js reads. The HTML was rendered and sanitised by the
 * language server; this module only places it. A lone slide is one `<section>`, a stack is an outer
 * `<section>` holding one per vertical slide, and `<!-- .slide: -->` attributes go on the slide's own one.
 */
import type { DeckFrame, RenderedSlideDto } from '../../server/src/protocol';
import type { ChangedSlide } from '../../client/src/preview/patchPlan';

const CURSOR_CLASS = 'scs-cursor';

export function sectionFor(slide: RenderedSlideDto | undefined, index: number): HTMLElement {
  const section = document.createElement('section');
  if (slide) {
    for (const [name, value] of Object.entries(slide.attributes)) {
      // The render core passes only data-*, id, class and style, HedgeDoc's list; check again anyway.
      if (/^(data-[\w-]+|id|class|style)$/i.test(name)) section.setAttribute(name, value);
    }
    section.innerHTML = slide.html;
    if (slide.notes !== undefined) {
      const aside = document.createElement('aside');
      aside.className = 'notes';
      aside.innerHTML = slide.notes;
      section.appendChild(aside);
    }
  } else {
    section.innerHTML = '<p class="scs-missing">…</p>';
  }
  section.dataset.scsIndex = String(index);
  section.dataset.scsHash = slide?.hash ?? '';
  return section;
}

/** Replaces every slide (columns changed). */
export function rebuild(container: HTMLElement, frame: DeckFrame, table: Map<string, RenderedSlideDto>): void {
  const fragment = document.createDocumentFragment();
  for (const column of frame.columns) {
    if (column.length === 1) {
      fragment.appendChild(sectionFor(table.get(frame.hashes[column[0]]), column[0]));
      continue;
    }
    const stack = document.createElement('section');
    for (const index of column) stack.appendChild(sectionFor(table.get(frame.hashes[index]), index));
    fragment.appendChild(stack);
  }
  container.replaceChildren(fragment);
}

/** Replaces only the changed slides' sections (same columns). */
export function patch(container: HTMLElement, changed: ChangedSlide[], table: Map<string, RenderedSlideDto>): void {
  for (const c of changed) {
    const old = slideElement(container, c.h, c.v);
    if (!old) continue;
    const next = sectionFor(table.get(c.hash), c.index);
    if (old.classList.contains(CURSOR_CLASS)) next.classList.add(CURSOR_CLASS);
    old.replaceWith(next);
  }
}

/** The slide's own section at reveal indices h/v. */
export function slideElement(container: HTMLElement, h: number, v: number): HTMLElement | undefined {
  const column = container.children[h] as HTMLElement | undefined;
  if (!column) return undefined;
  // A lone slide carries its index; a slide's own HTML may hold <section>s that are not a stack.
  if (column.dataset.scsIndex !== undefined) return v === 0 ? column : undefined;
  const inner = Array.from(column.children).filter((c): c is HTMLElement => c.tagName === 'SECTION' && c instanceof HTMLElement && c.dataset.scsIndex !== undefined);
  return inner[v];
}

/** Outlines the slide under the editor cursor (visible in the overview). */
export function markCursor(container: HTMLElement, h: number, v: number): void {
  for (const el of Array.from(container.querySelectorAll(`.${CURSOR_CLASS}`))) el.classList.remove(CURSOR_CLASS);
  slideElement(container, h, v)?.classList.add(CURSOR_CLASS);
}

/** The deck's `<style>` blocks, applied globally as HedgeDoc does. */
export function applyStyles(host: HTMLElement, styles: string[]): void {
  const current = Array.from(host.children).map((s) => s.textContent ?? '');
  if (current.length === styles.length && current.every((s, i) => s === styles[i])) return;
  host.replaceChildren(...styles.map((css) => {
    const el = document.createElement('style');
    el.textContent = css;
    return el;
  }));
}
