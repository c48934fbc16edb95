/**
 * A second, independent client for convergence tests: plain socket.io-client plus ot.js's own reference
 * client state machine (`ot.Client` from npm `ot`), speaking HedgeDoc's protocol as its web editor does.
 */
import { EventEmitter } from 'node:events';
import { io, type Socket } from 'socket.io-client';
import * as ot from 'ot';
import { TextOperation } from '../../server/src/hedgedoc/realtime/textOperation';

export class PlainClient extends EventEmitter {
  text = '';
  private client!: ot.Client;
  private constructor(private readonly socket: Socket) {
    super();
  }

  static async open(base: string, noteId: string, session?: string): Promise<PlainClient> {
    const res = await fetch(`${base}/me`, { headers: session ? { cookie: session } : {} });
    const cookie = session ?? res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const socket = io(base, { query: { noteId }, extraHeaders: { cookie } });
    const c = new PlainClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect_error', reject);
      socket.once('doc', (doc: { str: string; revision: number }) => {
        c.text = doc.str;
        c.client = new ot.Client(doc.revision);
        c.client.sendOperation = (revision, op) => socket.emit('operation', revision, op.toJSON(), null);
        c.client.applyOperation = (op) => {
          c.text = op.apply(c.text);
          c.emit('change', op);
        };
        resolve();
      });
    });
    socket.on('ack', () => c.client.serverAck());
    socket.on('operation', (_id: string, _rev: number, ops: (number | string)[]) => c.client.applyServer(TextOperation.fromJSON(ops)));
    return c;
  }

  get hasPending(): boolean {
    return !(this.client.state instanceof ot.Client.Synchronized);
  }

  edit(op: TextOperation): void {
    this.text = op.apply(this.text);
    this.client.applyClient(op);
  }

  /** Sends a raw protocol event (`delete`, `permission`…). */
  send(event: string, ...args: unknown[]): void {
    this.socket.emit(event, ...args);
  }

  close(): void {
    this.socket.disconnect();
  }
}
