import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SLIDES_REQUEST, type SlideSummary, type SlidesResult } from '../../server/src/protocol';

/** The slide structure of open documents, asked of the server once per document version. */
export class SlideStore {
  private readonly cache = new Map<string, Promise<SlidesResult>>();

  constructor(private readonly client: LanguageClient) {}

  get(doc: vscode.TextDocument): Promise<SlidesResult> {
    const key = `${doc.uri.toString()}@${doc.version}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.ask(doc);
      for (const k of this.cache.keys()) if (k.startsWith(`${doc.uri.toString()}@`)) this.cache.delete(k);
      this.cache.set(key, hit);
      // An answer for another version (the server has not seen this one yet) must not be kept.
      void hit.then((r) => r.version === doc.version || this.cache.delete(key), () => this.cache.delete(key));
    }
    return hit;
  }

  /** Settings that decide which files are decks changed: earlier answers may be wrong now. */
  forgetAll(): void {
    this.cache.clear();
  }

  /** The server answers once it holds this version (a request can overtake the document's sync). */
  private ask(doc: vscode.TextDocument): Promise<SlidesResult> {
    return this.client.sendRequest<SlidesResult>(SLIDES_REQUEST, { uri: doc.uri.toString(), version: doc.version });
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
