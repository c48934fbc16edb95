/**
 * The exported file's math, as HedgeDoc's slide page does it: the current slide's math is typeset when reveal.js
 * is ready and whenever a slide is shown; with `?print-pdf`, every slide's at once. Runs after the MathJax bundle
 * and before `Reveal.initialize`.
 */
import type { Reveal3 } from '../reveal3';
import { typesetMath } from './typeset';

declare const Reveal: Reveal3;

const print = /print-pdf/i.test(location.search);
const layout = () => Reveal.layout();

/** Like HedgeDoc, reveal.js lays the slide out at once (raw TeX) and again once MathJax has drawn it. */
function show(): void {
  const root = print ? document.querySelector('.reveal .slides') : Reveal.getCurrentSlide();
  if (root && typesetMath(root, layout)) layout();
}

Reveal.addEventListener('ready', show);
Reveal.addEventListener('slidechanged', show);
