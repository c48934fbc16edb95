import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SLIDES_REQUEST, type SlideQuery, type SlideSummary, type SlidesResult } from '../../server/src/protocol';

/**
 * The slide structure of open documents, asked of the server once per document version and query. Features
 * that follow the cursor or the visible lines ask for those slides only: in a 10,000-slide deck the whole
 * list is 1.5 MB, too much for every keystroke.
 */
export class SlideStore {
  private readonly cache = new Map<string, Promise<SlidesResult>>();

  constructor(private readonly client: LanguageClient) {}

  /** The slides `query` names; without one every slide ("Go to Slide…" only: a big deck's list is large). */
  get(doc: vscode.TextDocument, query: SlideQuery = {}): Promise<SlidesResult> {
    const prefix = `${doc.uri.toString()}@`;
    const key = `${prefix}${doc.version}#${JSON.stringify(query)}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.ask(doc, query);
      for (const k of this.cache.keys()) if (k.startsWith(prefix) && !k.startsWith(`${prefix}${doc.version}#`)) this.cache.delete(k);
      this.cache.set(key, hit);
      // An answer for another version (the server has not seen this one yet) must not be kept.
      void hit.then((r) => r.version === doc.version || this.cache.delete(key), () => this.cache.delete(key));
    }
    return hit;
  }

  /** The slide holding `line`, with the deck's slide count. */
  async at(doc: vscode.TextDocument, line: number): Promise<{ slide: SlideSummary | undefined; result: SlidesResult }> {
    const result = await this.get(doc, { lines: { start: line, end: line } });
    return { slide: SlideStore.slideAtLine(result.slides, line), result };
  }

  /** Settings that decide which files are decks changed: earlier answers may be wrong now. */
  forgetAll(): void {
    this.cache.clear();
  }

  /** The server answers once it holds this version (a request can overtake the document's sync). */
  private ask(doc: vscode.TextDocument, query: SlideQuery): Promise<SlidesResult> {
    return this.client.sendRequest<SlidesResult>(SLIDES_REQUEST, { uri: doc.uri.toString(), version: doc.version, ...query });
  }

  /** The slide whose span holds `line`. */
  static slideAtLine(slides: readonly SlideSummary[], line: number): SlideSummary | undefined {
    let found: SlideSummary | undefined;
    for (const s of slides) {
      if (s.startLine <= line) found = s;
      else break;
    }
    return found ?? slides[0];
  }
}
