/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (fd 3 in, fd 4 out, messages
 * separated by NUL). No port is opened, so nothing else on the machine can talk to the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Pending = { resolve(value: Record<string, unknown>): void; reject(err: Error): void };
/** Called for every event of one method, with the page session it came from (none for the browser itself). */
export type CdpListener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

export class CdpBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, CdpListener[]>();
  private buffer = '';
  private stderr = '';
  private exited?: Error;

  private constructor(private readonly child: ChildProcess) {
    const out = child.stdio[4] as Readable;
    out.on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
    // A browser that dies at start (no usable sandbox…) resets the pipes; that is an exit, not a crash of ours.
    for (const pipe of [out, child.stdio[3] as Writable]) pipe.on('error', (err: Error) => this.fail(new Error(`browser pipe closed (${err.message})`)));
    child.stderr?.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-2000)));
    child.on('exit', (code, signal) => this.fail(new Error(`browser exited (${signal ?? code}) ${this.stderr.trim().split('\n').pop() ?? ''}`)));
    child.on('error', (err) => this.fail(err));
  }

  /**
   * Starts `executable` headless with the given extra flags.
   * @example const b = CdpBrowser.launch('/usr/bin/chromium', ['--disable-gpu'])
   */
  static launch(executable: string, flags: string[]): CdpBrowser {
    const child = spawn(executable, ['--headless=new', '--remote-debugging-pipe', ...flags, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    return new CdpBrowser(child);
  }

  /** Sends one command and waits for its answer (to the browser, or to a page when `sessionId` is given). */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  /** Listens to an event (`Fetch.requestPaused`…) from the browser and every attached page. */
  on(method: string, listener: CdpListener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  /** Closes the browser and waits for it to exit (killing it after two seconds), so its profile can be removed. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    void this.send('Browser.close').catch(() => undefined);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  private receive(text: string): void {
    this.buffer += text;
    let end = this.buffer.indexOf('\0');
    while (end !== -1) {
      const raw = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf('\0');
      const msg = JSON.parse(raw) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (msg.id === undefined && msg.method) {
        for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params ?? {}, msg.sessionId);
        continue;
      }
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiter || msg.id === undefined) continue;
      this.pending.delete(msg.id);
      if (msg.error) waiter.reject(new Error(msg.error.message));
      else waiter.resolve(msg.result ?? {});
    }
  }

  private fail(err: Error): void {
    this.exited ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
