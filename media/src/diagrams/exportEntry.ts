/**
 * The export's diagram script (`dist/media/diagrams/draw.js`): the libraries the deck needs are inlined before it,
 * so each kind is ready at once. Like HedgeDoc's slide page it draws the current slide when reveal.js is ready
 * and each slide as it is shown; `?print-pdf` draws every slide. `document.body.dataset.diagrams` turns `drawn`
 * once the slides drawn so far are done (the PDF export waits for it).
 */
import { drawDiagrams, type DiagramLibraries } from './draw';
import { mermaidConfig } from './mermaidConfig';

declare const Reveal: { addEventListener(type: string, listener: (event: { currentSlide?: Element }) => void): void; layout(): void };

const libraries: DiagramLibraries = {
  ready: () => true,
  load: () => Promise.resolve(),
};
mermaidConfig();
let pending = 0;

function drawSlide(scope: Element | undefined | null): void {
  if (!scope) return;
  pending++;
  document.body.dataset.diagrams = 'drawing';
  void drawDiagrams(scope, libraries, () => Reveal.layout()).finally(() => {
    if (--pending === 0) document.body.dataset.diagrams = 'drawn';
  });
}

const printing = /print-pdf/i.test(location.search);
Reveal.addEventListener('ready', (event) => drawSlide(printing ? document.querySelector('.reveal .slides') : event.currentSlide));
Reveal.addEventListener('slidechanged', (event) => {
  if (!printing) drawSlide(event.currentSlide);
});
