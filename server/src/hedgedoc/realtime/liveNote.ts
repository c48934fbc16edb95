/**
 * One HedgeDoc note, live: the socket.io connection HedgeDoc's editor uses, the OT client, the note's text as
 * this client sees it, others' cursors, and reconnecting. Editor-neutral: VS Code, the tests and any other
 * front end apply `change` events and call `edit` for local changes.
 */
import { EventEmitter } from 'node:events';
import * as http from 'node:http';
import * as https from 'node:https';
import { io, type Socket } from 'socket.io-client';
import type { HedgeDocClient } from '../client';
import { HedgeDocError } from '../errors';
import { policyLookup } from '../http';
import { OtClient } from './otClient';
import { diffOperation } from './textDiff';
import { TextOperation } from './textOperation';

export type ConnectionState = 'connecting' | 'connected' | 'read-only' | 'reconnecting' | 'closed';

export interface RemoteCursor {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  /** Offset in the current local text, or undefined when the user has no cursor in the note. */
  readonly offset?: number;
}

export interface LiveNoteOptions {
  /** Whether the client may connect to a private address (the configured server only). */
  readonly allowPrivate?: boolean;
  readonly connectTimeoutMs?: number;
}

interface DocMessage {
  str: string;
  revision: number;
  force?: boolean;
}

interface RefreshMessage {
  title?: string;
  docmaxlength?: number;
  owner?: string | null;
  permission?: string;
}

interface UserData {
  id: string;
  name?: string;
  color?: string;
  cursor?: { line: number; ch: number } | null;
}

/**
 * Events: `change` (op: TextOperation from others, already applied to `text`), `state` (ConnectionState),
 * `cursors` (RemoteCursor[]), `keptAside` (text: local edits the server could not take after a reconnect),
 * `error` (HedgeDocError: the note is gone, no permission, too long), `title` (string), `synced` (no edits pending).
 */
export class LiveNote extends EventEmitter {
  text = '';
  title = '';
  state: ConnectionState = 'connecting';
  maxLength = 100000;
  private ot: OtClient | undefined;
  /** The text at the server's revision this client knows (before pending local edits). */
  private known = '';
  private permission = 'freely';
  private owner: string | null = null;
  /** The outstanding operation was never emitted (the socket was down), so the server surely lacks it. */
  private unsent = false;
  private readonly cursors = new Map<string, { name: string; color: string; line?: number; ch?: number }>();
  private readonly socket: Socket;

  private constructor(readonly client: HedgeDocClient, readonly noteId: string, private readonly userId: string | undefined, options: LiveNoteOptions) {
    super();
    const base = new URL(client.server);
    const secure = base.protocol === 'https:';
    const agent = secure ? new https.Agent({ lookup: policyLookup(options.allowPrivate ?? false) }) : new http.Agent({ lookup: policyLookup(options.allowPrivate ?? false) });
    this.socket = io(base.origin, {
      path: `${base.pathname.replace(/\/$/, '')}/socket.io/`,
      query: { noteId },
      extraHeaders: { cookie: client.cookieHeader() },
      agent: agent as unknown as string,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      timeout: options.connectTimeoutMs ?? 10000,
    });
    this.listen();
  }

  /** Connects to the note and resolves once its text has arrived. */
  static async open(client: HedgeDocClient, noteId: string, options: LiveNoteOptions = {}): Promise<LiveNote> {
    await client.checkServer();
    // The realtime handshake needs HedgeDoc's signed session cookie; any page hands one out.
    const userId = (await client.whoAmI())?.id;
    if (!/connect\.sid=/.test(client.cookieHeader())) throw new HedgeDocError('bad-response', `${client.server} gave no session cookie; cannot join the note.`);
    const note = new LiveNote(client, noteId, userId, options);
    await new Promise<void>((resolve, reject) => {
      const fail = (e: Error): void => {
        note.off('doc', ok);
        note.close();
        reject(e);
      };
      const ok = (): void => {
        note.off('error', fail);
        resolve();
      };
      note.once('doc', ok);
      note.once('error', fail);
    });
    return note;
  }

  /** The note's permission as the server last reported it (`freely`, `editable`, `locked`, `private`…). */
  get notePermission(): string {
    return this.permission;
  }

  /** Whether local edits are allowed by the note's permission. */
  get mayEdit(): boolean {
    const loggedIn = this.userId !== undefined;
    switch (this.permission) {
      case 'freely': return true;
      case 'editable': case 'limited': return loggedIn;
      case 'locked': case 'private': case 'protected': return loggedIn && this.owner === this.userId;
      default: return false;
    }
  }

  /** Local edits the server has not confirmed yet. */
  get hasPending(): boolean {
    return this.ot?.pending() !== undefined;
  }

  /** A local edit, as an operation on the current `text`. Throws when the note is read-only or too long. */
  edit(op: TextOperation): void {
    if (!this.ot) throw new HedgeDocError('bad-response', 'The note is not loaded yet.');
    if (this.state === 'closed') throw new HedgeDocError('unreachable', 'The note is closed; edits are no longer sent.');
    if (op.baseLength !== this.text.length) throw new Error(`edit based on ${op.baseLength} characters, the note has ${this.text.length}`);
    if (!this.mayEdit) throw new HedgeDocError('forbidden', 'You may only read this note: its permission does not let you edit.');
    if (op.targetLength > this.maxLength) throw new HedgeDocError('too-large', `The note would have ${op.targetLength} characters; HedgeDoc allows ${this.maxLength}.`);
    if (op.isNoop()) return;
    this.text = op.apply(this.text);
    this.ot.applyClient(op);
  }

  /** Replaces the whole text (an editor that only knows the new text). */
  setText(text: string): void {
    this.edit(diffOperation(this.text, text));
  }

  /** Tells the others where this client's cursor is (HedgeDoc shows it with the user's name). */
  sendCursor(offset: number | undefined): void {
    if (offset === undefined) this.socket.emit('cursor blur');
    else this.socket.emit('cursor activity', lineCh(this.text, offset));
  }

  /** Changes the note's permission (HedgeDoc lets only its owner do that). */
  setPermission(permission: 'freely' | 'editable' | 'limited' | 'locked' | 'protected' | 'private'): void {
    this.socket.emit('permission', permission);
  }

  remoteCursors(): RemoteCursor[] {
    return [...this.cursors].map(([id, c]) => ({ id, name: c.name, color: c.color, offset: c.line === undefined ? undefined : offsetOf(this.text, c.line, c.ch ?? 0) }));
  }

  close(): void {
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.setState('closed');
  }

  private listen(): void {
    const s = this.socket;
    s.on('doc', (doc: DocMessage) => this.onDoc(doc));
    s.on('ack', () => {
      const outstanding = this.ot?.state.name !== 'synchronized' ? (this.ot!.state as { outstanding: TextOperation }).outstanding : undefined;
      if (!outstanding) return;
      this.known = outstanding.apply(this.known);
      this.ot!.serverAck();
      if (!this.hasPending) this.emit('synced');
    });
    s.on('operation', (_clientId: string, _revision: number, ops: (number | string)[]) => {
      if (!this.ot) return;
      const op = TextOperation.fromJSON(ops);
      this.known = op.apply(this.known);
      this.ot.applyServer(op);
    });
    s.on('refresh', (r: RefreshMessage) => {
      if (typeof r.docmaxlength === 'number') this.maxLength = r.docmaxlength;
      if (typeof r.permission === 'string') this.permission = r.permission;
      if (r.owner !== undefined) this.owner = r.owner;
      if (typeof r.title === 'string' && r.title !== this.title) this.emit('title', (this.title = r.title));
      this.updateState();
    });
    s.on('permission', (p: { permission: string }) => {
      this.permission = p.permission;
      this.updateState();
    });
    s.on('info', (info: { code: number }) => {
      const message = info.code === 404 ? `The note ${this.noteId} no longer exists on ${this.client.server}.`
        : info.code === 403 ? `You no longer have permission to open the note ${this.noteId}.`
          : `${this.client.server} reported an error (${info.code}) for the note.`;
      this.fail(new HedgeDocError(info.code === 404 ? 'not-found' : info.code === 403 ? 'forbidden' : 'bad-response', message));
    });
    s.on('delete', () => this.fail(new HedgeDocError('not-found', `The note ${this.noteId} was deleted by its owner.`)));
    s.on('online users', (data: { users?: UserData[] }) => {
      this.cursors.clear();
      for (const u of data.users ?? []) if (u.id !== s.id) this.setCursor(u);
      this.emit('cursors', this.remoteCursors());
    });
    for (const ev of ['cursor focus', 'cursor activity']) {
      s.on(ev, (u: UserData) => {
        this.setCursor(u);
        this.emit('cursors', this.remoteCursors());
      });
    }
    s.on('cursor blur', (u: { id: string }) => {
      const c = this.cursors.get(u.id);
      if (c) this.cursors.set(u.id, { name: c.name, color: c.color });
      this.emit('cursors', this.remoteCursors());
    });
    s.on('client_left', (id: string) => {
      this.cursors.delete(id);
      this.emit('cursors', this.remoteCursors());
    });
    s.on('disconnect', (reason: string) => {
      if (this.state === 'closed') return;
      // socket.io would send queued operations after reconnecting, against a revision that may no longer
      // exist; the new `doc` decides what to resend instead.
      s.sendBuffer = [];
      if (reason === 'io server disconnect') s.connect();
      this.setState('reconnecting');
    });
    s.on('connect_error', (err: Error) => {
      if (!this.ot) {
        const msg = /AUTH failed/i.test(err.message) ? `${this.client.server} refused the realtime connection (${err.message}).` : `Cannot connect to ${this.client.server} for live editing: ${err.message}.`;
        this.fail(new HedgeDocError('unreachable', msg));
      } else this.setState('reconnecting');
    });
  }

  /** The full text: on connect, and again after every reconnect (the server's revision wins). */
  private onDoc(doc: DocMessage): void {
    const first = !this.ot;
    const pending = this.ot?.pending();
    const local = this.text;
    let resend: TextOperation | undefined;
    if (pending && this.unsent) {
      // Nothing pending ever left this client: rebase it onto whatever the server has now.
      resend = TextOperation.transform(pending, diffOperation(this.known, doc.str))[0];
    } else if (pending && !doc.force) {
      const s = this.ot!.state;
      if (doc.str === this.known) resend = pending; // The server never got the pending edits.
      else if (doc.str === local) resend = undefined; // It got them all (the acks were lost).
      else if (s.name === 'awaitingWithBuffer' && doc.str === s.outstanding.apply(this.known)) resend = s.buffer; // All but the buffer.
      else this.emit('keptAside', local);
    } else if (pending) this.emit('keptAside', local);
    this.known = doc.str;
    this.unsent = false;
    this.ot = new OtClient(doc.revision, {
      send: (revision, op) => {
        this.unsent = !this.socket.connected;
        if (!this.unsent) this.socket.emit('operation', revision, op.toJSON(), null);
      },
      apply: (op) => {
        this.text = op.apply(this.text);
        this.emit('change', op);
      },
    });
    // One change from what the editor shows to the server's text plus any edits sent again.
    const target = resend ? resend.apply(doc.str) : doc.str;
    if (!first && this.text !== target) {
      const op = diffOperation(this.text, target);
      this.text = target;
      this.emit('change', op);
    }
    this.text = target;
    if (resend) this.ot.applyClient(resend);
    this.updateState();
    this.emit('doc');
    // The server turned out to have every pending edit already (its acks were lost): nothing is unconfirmed.
    if (pending && !resend) this.emit('synced');
  }

  private setCursor(u: UserData): void {
    this.cursors.set(u.id, { name: u.name ?? 'Guest', color: u.color ?? '#888888', ...(u.cursor ? { line: u.cursor.line, ch: u.cursor.ch } : {}) });
  }

  private updateState(): void {
    if (this.state === 'closed' || !this.ot || !this.socket.connected) return;
    this.setState(this.mayEdit ? 'connected' : 'read-only');
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.emit('state', state);
  }

  private fail(err: HedgeDocError): void {
    if (this.hasPending) this.emit('keptAside', this.text);
    if (this.listenerCount('error')) this.emit('error', err);
    this.close();
  }
}

/** CodeMirror's `{line, ch}` for an offset (HedgeDoc's cursor format). */
export function lineCh(text: string, offset: number): { line: number; ch: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, ch: offset - (before.lastIndexOf('\n') + 1) };
}

/** The offset of a CodeMirror position, clamped to the text. */
export function offsetOf(text: string, line: number, ch: number): number {
  let pos = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', pos);
    if (nl === -1) return text.length;
    pos = nl + 1;
  }
  const end = text.indexOf('\n', pos);
  return Math.min(pos + Math.max(0, ch), end === -1 ? text.length : end);
}
