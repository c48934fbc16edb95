/**
 * A client for one HedgeDoc 1.x server: check it is one, log in, download and create notes, fetch uploads.
 * It only ever requests URLs on that server and follows no redirect; HedgeDoc answers "you may not see this"
 * with a redirect to its start page, which becomes a `forbidden` error here.
 */
import { isOnServer } from './addressPolicy';
import { HedgeDocError } from './errors';
import { httpRequest, type HttpResponse } from './http';
import { normalizeServerUrl } from './noteUrl';

/** HedgeDoc 1.x refuses notes over `documentMaxLength` characters (100000 by default). */
export const DOCUMENT_MAX_LENGTH = 100000;
const NOTE_MAX_BYTES = 4 * 1024 * 1024;
const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
const SMALL_MAX_BYTES = 256 * 1024;
/** Pauses before asking a busy server again (ms). */
const BUSY_RETRIES = [250, 1000, 3000];

export interface HedgeDocClientOptions {
  /** Loopback and private addresses are only allowed for a server the user configured. */
  readonly allowPrivate?: boolean;
  /** A session cookie: `connect.sid=…` or just the value. */
  readonly cookie?: string;
  readonly timeoutMs?: number;
}

export interface CreatedNote {
  readonly id: string;
  readonly url: string;
  readonly slideUrl: string;
}

export class HedgeDocClient {
  readonly server: string;
  private readonly cookies = new Map<string, string>();
  private checked: Promise<string> | undefined;

  constructor(server: string, private readonly options: HedgeDocClientOptions = {}) {
    this.server = normalizeServerUrl(server);
    if (options.cookie) this.setSessionCookie(options.cookie);
  }

  /** Takes a pasted session cookie (`connect.sid=s%3A…`, or just its value). */
  setSessionCookie(cookie: string): void {
    const c = cookie.trim().replace(/^cookie:\s*/i, '');
    for (const part of c.split(/;\s*/)) {
      const eq = part.indexOf('=');
      if (eq > 0) this.cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
      else if (part) this.cookies.set('connect.sid', part);
    }
  }

  /** The `Cookie` header value for this server (for the realtime connection too). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * Checks that the server is HedgeDoc 1.x: the `HedgeDoc-Version` header, or (older servers, proxies that drop
   * headers) the counters of `/status`. Resolves to the version, or `1.x` when only `/status` says so.
   */
  checkServer(): Promise<string> {
    this.checked ??= this.probe();
    this.checked.catch(() => (this.checked = undefined));
    return this.checked;
  }

  private async probe(): Promise<string> {
    const res = await this.raw('GET', '/status', SMALL_MAX_BYTES);
    const version = header(res, 'hedgedoc-version');
    if (version) {
      if (!/^1\./.test(version)) throw new HedgeDocError('not-hedgedoc', `${this.server} runs HedgeDoc ${version}; SCS Deck works with HedgeDoc 1.x.`);
      return version;
    }
    if (res.status === 200) {
      try {
        const status = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
        if (typeof status.onlineNotes === 'number') return '1.x';
      } catch {
        // Not JSON: not HedgeDoc.
      }
    }
    throw new HedgeDocError('not-hedgedoc', `${this.server} does not look like a HedgeDoc 1.x server (no HedgeDoc-Version header, no /status).`);
  }

  /** Logs in with HedgeDoc's email/password form; the session cookie is kept for later requests. */
  async login(email: string, password: string): Promise<string> {
    await this.checkServer();
    const body = new URLSearchParams({ email, password }).toString();
    const res = await this.raw('POST', '/login', SMALL_MAX_BYTES, body, { 'content-type': 'application/x-www-form-urlencoded' });
    if (res.status === 404) throw new HedgeDocError('login-failed', `${this.server} does not offer email login.`);
    if (res.status === 400) throw new HedgeDocError('login-failed', 'The login was refused: give a valid email address and a password.');
    if (res.status === 429) throw new HedgeDocError('login-failed', 'Too many login attempts; wait a minute and try again.');
    const me = await this.whoAmI();
    if (!me) throw new HedgeDocError('login-failed', `Login to ${this.server} failed: wrong email or password.`);
    return me.name;
  }

  /**
   * The logged-in user, or undefined when the session is anonymous. Also hands out the session cookie the
   * realtime connection needs.
   */
  async whoAmI(): Promise<{ id: string; name: string } | undefined> {
    const res = await this.raw('GET', '/me', SMALL_MAX_BYTES);
    if (res.status !== 200) return undefined;
    try {
      const me = JSON.parse(res.body.toString('utf8')) as { status?: string; id?: string; name?: string };
      return me.status === 'ok' && me.id ? { id: me.id, name: me.name ?? '' } : undefined;
    } catch {
      return undefined;
    }
  }

  /** The note's Markdown exactly as HedgeDoc stores it (bytes, so BOM and line endings survive). */
  async download(id: string): Promise<Buffer> {
    await this.checkServer();
    const res = await this.raw('GET', `/${encodeURIComponent(id)}/download`, NOTE_MAX_BYTES);
    this.expectOk(res, `The note ${id}`);
    return res.body;
  }

  /** Creates a note from Markdown (`POST /new`); HedgeDoc drops carriage returns on the way in. */
  async create(markdown: string): Promise<CreatedNote> {
    if (markdown.length > DOCUMENT_MAX_LENGTH) {
      throw new HedgeDocError('too-large', `The deck has ${markdown.length} characters; HedgeDoc accepts at most ${DOCUMENT_MAX_LENGTH} in a note.`);
    }
    await this.checkServer();
    const res = await this.raw('POST', '/new', SMALL_MAX_BYTES, markdown, { 'content-type': 'text/markdown; charset=utf-8' });
    if (res.status === 413) throw new HedgeDocError('too-large', `${this.server} refused the deck as too long (HedgeDoc's documentMaxLength).`);
    const location = this.redirectTarget(res, 'Creating a note');
    const id = decodeURIComponent(new URL(location).pathname.slice(new URL(this.server).pathname.replace(/\/$/, '').length + 1));
    if (!id || id.includes('/')) throw new HedgeDocError('bad-response', `${this.server} answered POST /new with an unexpected address: ${location}`);
    return { id, url: `${this.server}/${encodeURIComponent(id)}`, slideUrl: await this.slideUrl(id) };
  }

  /** The note's slide view, `/p/<shortid>` (the server knows the short id). */
  async slideUrl(id: string): Promise<string> {
    const res = await this.raw('GET', `/${encodeURIComponent(id)}/slide`, SMALL_MAX_BYTES);
    return this.redirectTarget(res, `The note ${id}`);
  }

  /** An upload's bytes (`/uploads/<name>`). */
  async upload(name: string): Promise<Buffer> {
    const res = await this.raw('GET', `/uploads/${encodeURIComponent(name)}`, UPLOAD_MAX_BYTES);
    this.expectOk(res, `The upload ${name}`);
    return res.body;
  }

  /** GET or POST one path on the server; cookies are sent and kept. */
  async raw(method: 'GET' | 'POST', path: string, maxBytes: number, body?: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResponse> {
    const url = this.server + path;
    if (!isOnServer(url, this.server)) throw new HedgeDocError('refused-address', `${url} is not on ${this.server}.`);
    let res: HttpResponse;
    // HedgeDoc answers 503 while its event loop lags (toobusy), before doing anything: safe to ask again.
    for (let attempt = 0; ; attempt++) {
      const cookie = this.cookieHeader();
      res = await httpRequest({
        method,
        url,
        body,
        maxBytes,
        allowPrivate: this.options.allowPrivate ?? false,
        timeoutMs: this.options.timeoutMs,
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
      });
      if (res.status !== 503 || attempt >= BUSY_RETRIES.length) break;
      await new Promise((r) => setTimeout(r, BUSY_RETRIES[attempt]));
    }
    for (const c of [res.headers['set-cookie'] ?? []].flat()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }

  /** Turns a non-200 answer into the error the user should see. */
  private expectOk(res: HttpResponse, what: string): void {
    if (res.status === 200) return;
    if (res.status === 404) throw new HedgeDocError('not-found', `${what} does not exist on ${this.server} (404).`);
    if (res.status === 403 || (res.status >= 300 && res.status < 400 && this.isStartPage(this.sameServerLocation(res)))) {
      const hint = this.cookies.size && this.options.cookie ? 'the session may have expired, or your account has no access' : 'log in (email/password or a session cookie) and try again';
      throw new HedgeDocError('forbidden', `${what} on ${this.server} needs permission you do not have: ${hint}.`);
    }
    if (res.status === 413) throw new HedgeDocError('too-large', `${what}: ${this.server} says it is too large.`);
    if (res.status === 503) throw new HedgeDocError('unreachable', `${this.server} is too busy to answer (503); try again in a minute.`);
    if (res.status >= 300 && res.status < 400) throw new HedgeDocError('redirect', `${what}: ${this.server} redirected to ${header(res, 'location') ?? '?'}; not following it.`);
    throw new HedgeDocError('bad-response', `${what}: ${this.server} answered ${res.status}.`);
  }

  /** Where a request that must redirect went; the start page means "not allowed". */
  private redirectTarget(res: HttpResponse, what: string): string {
    const location = this.sameServerLocation(res);
    if (location && !this.isStartPage(location)) return location;
    this.expectOk(res, what);
    throw new HedgeDocError('bad-response', `${what}: ${this.server} answered ${res.status} without the expected redirect.`);
  }

  /** The absolute redirect target if it is on this server; a redirect elsewhere is refused. */
  private sameServerLocation(res: HttpResponse): string | undefined {
    const location = header(res, 'location');
    if (!location || res.status < 300 || res.status >= 400) return undefined;
    const abs = new URL(location, this.server + '/').toString();
    if (!isOnServer(abs, this.server)) throw new HedgeDocError('redirect', `${this.server} redirected to another host (${new URL(abs).origin}); not following it.`);
    return abs;
  }

  private isStartPage(location: string | undefined): boolean {
    if (!location) return false;
    const path = new URL(location).pathname.replace(/\/+$/, '');
    const base = new URL(this.server).pathname.replace(/\/+$/, '');
    return path === base || path === `${base}/login` || path === `${base}/403`;
  }
}

function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
