import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import type { DocumentSymbol as LspSymbol, FoldingRange as LspFolding } from 'vscode-languageserver-types';
import { FOLDING_REQUEST, type OutlineResult, SYMBOLS_REQUEST } from '../../server/src/protocol';
import { applyListChange, shiftFolding, shiftSymbol } from './listChange';

/** What the client holds of one document's list: the server's reply `seq` and the items. */
interface Held<T> {
  readonly seq: number;
  readonly items: readonly T[];
}

/**
 * The outline (document symbols) and folding ranges VS Code asks for after every keystroke, fetched as changes
 * to the last reply (`scsDeck/symbols`, `scsDeck/folding`) and kept here whole. Items the change kept are
 * the same objects as before, so their VS Code forms are reused too. One request per document at a time, so
 * each names the reply the client really holds.
 */
export class OutlineChanges implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly symbols = new ListHolder<LspSymbol, vscode.DocumentSymbol>(SYMBOLS_REQUEST, shiftSymbol);
  private readonly folding = new ListHolder<LspFolding, vscode.FoldingRange>(FOLDING_REQUEST, shiftFolding);
  private readonly subscriptions: vscode.Disposable[] = [];

  readonly middleware: Middleware = {
    provideDocumentSymbols: (doc, _token, next) => {
      const client = this.client;
      if (!client) return next(doc, _token);
      return this.symbols.get(client, doc, (s) => client.protocol2CodeConverter.asDocumentSymbol(s));
    },
    provideFoldingRanges: (doc, context, token, next) => {
      const client = this.client;
      if (!client) return next(doc, context, token);
      return this.folding.get(client, doc, (r) => client.protocol2CodeConverter.asFoldingRange(r));
    },
  };

  attach(client: LanguageClient): void {
    this.client = client;
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri.toString())),
      // A restarted server remembers nothing: start again from whole lists.
      client.onDidChangeState(() => {
        this.symbols.clear();
        this.folding.clear();
      }),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private forget(uri: string): void {
    this.symbols.forget(uri);
    this.folding.forget(uri);
  }
}

class ListHolder<T extends object, V> {
  private readonly held = new Map<string, Held<T>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private converted = new WeakMap<T, V>();

  constructor(private readonly method: string, private readonly shift: (item: T, by: number) => T) {}

  get(client: LanguageClient, doc: vscode.TextDocument, convert: (item: T) => V): Promise<V[]> {
    const uri = doc.uri.toString();
    const run = (this.queues.get(uri) ?? Promise.resolve()).then(() => this.fetch(client, doc, uri), () => this.fetch(client, doc, uri));
    const done = run.then((items) => items.map((item) => this.convertOnce(item, convert)));
    this.queues.set(uri, done.catch(() => undefined));
    void done.finally(() => this.queues.get(uri) === done && this.queues.delete(uri)).catch(() => undefined);
    return done;
  }

  clear(): void {
    this.held.clear();
    this.converted = new WeakMap();
  }

  forget(uri: string): void {
    this.held.delete(uri);
  }

  private async fetch(client: LanguageClient, doc: vscode.TextDocument, uri: string): Promise<readonly T[]> {
    const held = this.held.get(uri);
    let result: OutlineResult<T>;
    try {
      result = await client.sendRequest<OutlineResult<T>>(this.method, { uri, version: doc.version, base: held?.seq });
    } catch (err) {
      this.held.delete(uri);
      throw err;
    }
    const items = result.items ?? (result.change && held ? applyListChange(held.items, result.change, this.shift) : []);
    if (result.seq >= 0 && !doc.isClosed) this.held.set(uri, { seq: result.seq, items });
    else this.held.delete(uri);
    return items;
  }

  private convertOnce(item: T, convert: (item: T) => V): V {
    let hit = this.converted.get(item);
    if (!hit) {
      hit = convert(item);
      this.converted.set(item, hit);
    }
    return hit;
  }
}
