/**
 * Math in the preview: MathJax (`dist/media/mathjax/mathjax.js`) loads the first time a slide holds math, under the
 * webview's nonce, with its web fonts from the extension's media folder. As on HedgeDoc's slide page, the shown
 * slide's math is typeset when the slide is shown; a slide the editor patched brings fresh raw math and is typeset
 * again, an untouched one keeps what MathJax drew.
 */
import { mathJaxAuthorConfig } from '../../../server/src/core/render/mathjax';
import { loadScript } from '../loadScript';
import { RAW_MATH, typesetMath } from './typeset';

export class PreviewMath {
  private state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /**
   * @param mediaBase the webview URI of `dist/media`
   * @param nonce the webview's script nonce, which the MathJax script must carry
   * @param current the slide shown now (reveal.js's current slide)
   * @param layout reveal.js's layout, run when the slide's height may have changed
   */
  constructor(
    private readonly mediaBase: string,
    private readonly nonce: string,
    private readonly current: () => HTMLElement | undefined,
    private readonly layout: () => void,
  ) {}

  /**
   * Typesets the shown slide's raw math. Until MathJax is there, looks for math in `fresh` (what the last render
   * put in: all slides, or the patched ones, so a keystroke does not search a large deck) and loads MathJax then.
   */
  update(fresh: readonly ParentNode[] = []): void {
    if (this.state === 'ready') {
      const slide = this.current();
      if (slide && typesetMath(slide, this.layout)) this.layout();
    } else if (this.state === 'idle' && fresh.some((node) => node.querySelector(RAW_MATH))) this.load();
  }

  private load(): void {
    this.state = 'loading';
    window.MathJax = mathJaxAuthorConfig({ fontBase: `${this.mediaBase}/mathjax/fonts` });
    loadScript(`${this.mediaBase}/mathjax/mathjax.js`, this.nonce).then(
      () => {
        this.state = 'ready';
        this.update();
      },
      () => {
        this.state = 'failed';
      },
    );
  }
}
