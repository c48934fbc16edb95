import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../../server/src/core';
import { renderDeck, type RenderedDeck, type RenderOptions } from '../../../server/src/core/render';

export const FIXTURES = join(__dirname, '../../fixtures/render');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Renders deck text with a fixed emoji base. */
export function render(text: string, options: Partial<RenderOptions> = {}): RenderedDeck {
  return renderDeck(parseDeck(text), { emojiBase: 'emoji', ...options });
}

/** The HTML of each slide of a deck built from slide bodies joined by `---`. */
export function slidesHtml(...bodies: string[]): string[] {
  return render(bodies.join('\n\n---\n\n')).slides.map((s) => s.html);
}
