/**
 * The real HedgeDoc 1.12 these tests run against, from the shared oracle scripts (setup.sh builds it once;
 * CI caches the install dir). Tests skip, saying why, only when it is not built.
 * Env: HEDGEDOC_ORACLE (the scripts, default ../shared/hedgedoc), HEDGEDOC_DIR (the install dir; it also holds
 * the PID file and database, so parallel users of one machine each need their own), HEDGEDOC_PORT (3311).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loginCookie as login } from './login';

export const ROOT = join(__dirname, '../..');
const SCRIPTS = process.env.HEDGEDOC_ORACLE ?? join(ROOT, '../shared/hedgedoc');
const DIR = process.env.HEDGEDOC_DIR ?? join(homedir(), '.cache/hedgedoc-1.12.0');
const PORT = process.env.HEDGEDOC_PORT ?? '3311';
export const BASE = `http://127.0.0.1:${PORT}`;

/** Why the HedgeDoc tests cannot run here, or undefined when they can. */
export const SKIP: string | undefined = !existsSync(join(SCRIPTS, 'start.sh'))
  ? `HedgeDoc oracle scripts not found at ${SCRIPTS} (set HEDGEDOC_ORACLE)`
  : !existsSync(join(DIR, '.oracle/built'))
    ? `HedgeDoc 1.12 is not built in ${DIR}: run bash ${SCRIPTS}/setup.sh ${DIR} (or set HEDGEDOC_DIR)`
    : undefined;

let startedHere = false;

/** Starts HedgeDoc unless it already answers; returns its base URL. */
export async function startHedgeDoc(): Promise<string> {
  if (!(await isUp())) {
    execFileSync('bash', [join(SCRIPTS, 'start.sh'), DIR], { env: { ...process.env, HEDGEDOC_PORT: PORT }, stdio: ['ignore', 'pipe', 'inherit'] });
    startedHere = true;
  }
  // /status answers before the realtime part is ready (/_health says "ready": false).
  for (let i = 0; i < 60; i++) {
    const status = (await (await fetch(`${BASE}/_health`)).json().catch(() => ({}))) as { ready?: boolean };
    if (status.ready !== false) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return BASE;
}

/** Stops HedgeDoc if this process started it. */
export function stopHedgeDoc(): void {
  if (startedHere) execFileSync('bash', [join(SCRIPTS, 'stop.sh'), DIR], { stdio: 'ignore' });
  startedHere = false;
}

/** Stops the server for a reconnect test (it is started again with `startHedgeDoc`). */
export function killHedgeDoc(): void {
  execFileSync('bash', [join(SCRIPTS, 'stop.sh'), DIR], { stdio: 'ignore' });
  startedHere = false;
}

export async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${BASE}/status`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Uploads an image through HedgeDoc's own endpoint; returns its URL. */
export async function uploadImage(bytes: Buffer, name: string, type: string): Promise<string> {
  const form = new FormData();
  form.append('image', new Blob([bytes], { type }), name);
  const res = await fetch(`${BASE}/uploadimage`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { link: string }).link;
}

/** Creates a note with `POST /new`, as a browser or curl would; returns its id. */
export async function createNote(markdown: string | Buffer, cookie?: string): Promise<string> {
  let res: Response;
  // A freshly started HedgeDoc may answer 503 ("busy") for a moment.
  for (let attempt = 0; ; attempt++) {
    res = await fetch(`${BASE}/new`, { method: 'POST', body: markdown, redirect: 'manual', headers: { 'content-type': 'text/markdown', ...(cookie ? { cookie } : {}) } });
    if (res.status !== 503 || attempt > 5) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`POST /new answered ${res.status}`);
  return new URL(location).pathname.slice(1);
}

/** Registers (or re-uses) an email account and returns its logged-in session cookie. */
export function loginCookie(email: string, password: string): Promise<string> {
  return login(BASE, email, password);
}

/** A tiny valid PNG (1x1) with a marker in a text chunk, so each test image is distinct. */
export function pngBytes(marker: string): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer): number => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = Buffer.from('789c6360000000020001e221bc33', 'hex');
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('tEXt', Buffer.from(`Comment\0${marker}`)), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
