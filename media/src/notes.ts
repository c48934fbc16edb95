/**
 * The speaker-notes panel: the current slide's `<aside class="notes">` and a timer, for presenting from
 * the editor (reveal's own speaker view opens a popup window, which a webview cannot).
 */

export class NotesPanel {
  private started = Date.now();
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly body: HTMLElement,
    private readonly timer: HTMLElement,
    private readonly toggle: HTMLElement,
  ) {}

  get visible(): boolean {
    return !this.root.hidden;
  }

  show(visible: boolean): void {
    this.root.hidden = !visible;
    this.toggle.setAttribute('aria-pressed', String(visible));
    document.body.classList.toggle('scs-with-notes', visible);
    if (visible && !this.ticker) {
      this.tick();
      this.ticker = setInterval(() => this.tick(), 1000);
    } else if (!visible && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  restart(): void {
    this.started = Date.now();
    this.tick();
  }

  /** Shows the notes of `slide` (its rendered `<aside class="notes">`), or says there are none. */
  update(slide: HTMLElement | undefined): void {
    const aside = slide?.querySelector(':scope > aside.notes');
    if (aside) this.body.innerHTML = aside.innerHTML;
    else this.body.innerHTML = '<p class="scs-no-notes">No notes on this slide. Add a line starting with <code>Note:</code>.</p>';
  }

  private tick(): void {
    const s = Math.floor((Date.now() - this.started) / 1000);
    const mm = String(Math.floor(s / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    this.timer.textContent = `${mm}:${ss}`;
  }
}
