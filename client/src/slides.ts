import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SLIDES_REQUEST, type SlideSummary, type SlidesResult } from '../../server/src/protocol';

const RETRIES = 20;
const RETRY_MS = 100;

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

  /**
   * Asks the server; right after activation the request can overtake the document's `didOpen`, so an answer
   * for an unknown or older version is asked again a few times before it is returned as it is.
   */
  private async ask(doc: vscode.TextDocument): Promise<SlidesResult> {
    let result = await this.client.sendRequest<SlidesResult>(SLIDES_REQUEST, { uri: doc.uri.toString() });
    for (let i = 0; i < RETRIES && result.version < doc.version && !doc.isClosed; i++) {
      await new Promise((r) => setTimeout(r, RETRY_MS));
      result = await this.client.sendRequest<SlidesResult>(SLIDES_REQUEST, { uri: doc.uri.toString() });
    }
    return result;
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
