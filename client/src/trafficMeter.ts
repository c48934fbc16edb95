import type { Message, MessageReader, MessageTransports, MessageWriter } from 'vscode-languageclient/node';

/** One JSON-RPC message as it crossed the wire. */
export interface MeteredMessage {
  readonly direction: 'sent' | 'received';
  /** The method, or `reply` for a response. */
  readonly method: string;
  readonly bytes: number;
}

export interface TrafficReport {
  readonly sentBytes: number;
  readonly receivedBytes: number;
  readonly messages: readonly MeteredMessage[];
}

/**
 * Counts the bytes of every message between the extension and the language server while `start()`ed, so
 * tests can hold a keystroke's traffic to a budget. Idle it costs one boolean check per message.
 * Bytes are those of the message's JSON, which is what the IPC channel carries.
 */
export class TrafficMeter {
  private messages: MeteredMessage[] | undefined;

  start(): void {
    this.messages = [];
  }

  /** Messages counted since `start()` (tests wait for it to stop growing). */
  get counted(): number {
    return this.messages?.length ?? 0;
  }

  stop(): TrafficReport {
    const messages = this.messages ?? [];
    this.messages = undefined;
    const sum = (d: MeteredMessage['direction']) => messages.filter((m) => m.direction === d).reduce((n, m) => n + m.bytes, 0);
    return { sentBytes: sum('sent'), receivedBytes: sum('received'), messages };
  }

  count(direction: MeteredMessage['direction'], message: Message): void {
    if (!this.messages) return;
    const method = (message as { method?: unknown }).method;
    this.messages.push({ direction, method: typeof method === 'string' ? method : 'reply', bytes: Buffer.byteLength(JSON.stringify(message)) });
  }

  /** The same transports, with every message counted on its way through. */
  wrap(transports: MessageTransports): MessageTransports {
    return { reader: this.wrapReader(transports.reader), writer: this.wrapWriter(transports.writer), detached: transports.detached };
  }

  private wrapReader(inner: MessageReader): MessageReader {
    return {
      onError: inner.onError,
      onClose: inner.onClose,
      onPartialMessage: inner.onPartialMessage,
      listen: (callback) => inner.listen((msg) => {
        this.count('received', msg);
        callback(msg);
      }),
      dispose: () => inner.dispose(),
    };
  }

  private wrapWriter(inner: MessageWriter): MessageWriter {
    return {
      onError: inner.onError,
      onClose: inner.onClose,
      write: (msg) => {
        this.count('sent', msg);
        return inner.write(msg);
      },
      end: () => inner.end(),
      dispose: () => inner.dispose(),
    };
  }
}
