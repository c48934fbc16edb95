/**
 * The client side of ot.js's protocol, as HedgeDoc's server expects it: at most one operation in flight;
 * edits made meanwhile are composed into one buffer; operations from the server are transformed against both
 * before they touch the local text. States: synchronized, awaiting confirm (one outstanding operation),
 * awaiting with buffer (outstanding plus buffered edits).
 */
import { TextOperation } from './textOperation';

export type OtState =
  | { readonly name: 'synchronized' }
  | { readonly name: 'awaitingConfirm'; readonly outstanding: TextOperation }
  | { readonly name: 'awaitingWithBuffer'; readonly outstanding: TextOperation; readonly buffer: TextOperation };

export interface OtTransport {
  /** Send an operation based on `revision` (the last revision the client knows). */
  send(revision: number, op: TextOperation): void;
  /** Apply a (transformed) operation from the server to the local document. */
  apply(op: TextOperation): void;
}

export class OtClient {
  state: OtState = { name: 'synchronized' };

  constructor(public revision: number, private readonly transport: OtTransport) {}

  /** A local edit, already applied to the local document. */
  applyClient(op: TextOperation): void {
    const s = this.state;
    if (s.name === 'synchronized') {
      this.transport.send(this.revision, op);
      this.state = { name: 'awaitingConfirm', outstanding: op };
    } else if (s.name === 'awaitingConfirm') {
      this.state = { name: 'awaitingWithBuffer', outstanding: s.outstanding, buffer: op };
    } else {
      this.state = { name: 'awaitingWithBuffer', outstanding: s.outstanding, buffer: s.buffer.compose(op) };
    }
  }

  /** Another client's operation, as broadcast by the server (based on the server's previous revision). */
  applyServer(op: TextOperation): void {
    this.revision++;
    const s = this.state;
    if (s.name === 'synchronized') {
      this.transport.apply(op);
    } else if (s.name === 'awaitingConfirm') {
      const [outstanding, theirs] = TextOperation.transform(s.outstanding, op);
      this.state = { name: 'awaitingConfirm', outstanding };
      this.transport.apply(theirs);
    } else {
      const [outstanding, op1] = TextOperation.transform(s.outstanding, op);
      const [buffer, theirs] = TextOperation.transform(s.buffer, op1);
      this.state = { name: 'awaitingWithBuffer', outstanding, buffer };
      this.transport.apply(theirs);
    }
  }

  /** The server acknowledged the outstanding operation. */
  serverAck(): void {
    this.revision++;
    const s = this.state;
    if (s.name === 'awaitingConfirm') this.state = { name: 'synchronized' };
    else if (s.name === 'awaitingWithBuffer') {
      this.transport.send(this.revision, s.buffer);
      this.state = { name: 'awaitingConfirm', outstanding: s.buffer };
    } else throw new Error('ack without an outstanding operation');
  }

  /** Local edits the server has not acknowledged yet, as one operation on the last known server text. */
  pending(): TextOperation | undefined {
    const s = this.state;
    if (s.name === 'synchronized') return undefined;
    return s.name === 'awaitingConfirm' ? s.outstanding : s.outstanding.compose(s.buffer);
  }

  /** Where a position the server reported (in server text) is in the local text. */
  transformOffset(offset: number, map: (offset: number, op: TextOperation) => number): number {
    const p = this.pending();
    return p ? map(offset, p) : offset;
  }
}
