/**
 * The `--stdio` transport with a reader that survives bad input (see `framing.ts`). vscode-languageserver sets up
 * stdio itself only when it owns the streams; here it gets our reader and writer, so the two things it did for
 * stdio are done here too: console output goes to the client's log (stdout carries the protocol), and the server
 * exits when stdin closes.
 */
import { format } from 'node:util';
import {
  AbstractMessageReader,
  createConnection,
  Disposable,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { FrameSplitter } from './framing';

/** JSON-RPC error codes for a body that is not JSON, or not a request object. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

export class TolerantStreamReader extends AbstractMessageReader implements MessageReader {
  readonly splitter = new FrameSplitter();
  /** Where skipped input is reported; set once the connection exists. */
  log: (text: string) => void = () => undefined;

  constructor(private readonly input: NodeJS.ReadableStream, private readonly writer: MessageWriter) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (data: Buffer | string) => this.receive(typeof data === 'string' ? Buffer.from(data) : data, callback);
    const onError = (error: unknown) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('close', onClose);
    });
  }

  private receive(data: Buffer, callback: DataCallback): void {
    for (const frame of this.splitter.push(data)) {
      if (frame.kind === 'message') {
        try {
          callback(frame.message as Message);
        } catch (error) {
          this.fireError(error);
        }
      } else if (frame.kind === 'skipped') this.log(`scs-deck: ${frame.detail}`);
      else {
        // No id could be read, so the answer has id null (JSON-RPC 2.0, section 5).
        const code = frame.kind === 'parse-error' ? PARSE_ERROR : INVALID_REQUEST;
        const message = `${frame.kind === 'parse-error' ? 'Parse error' : 'Invalid request'}: ${frame.detail}`;
        const reply: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code, message } };
        void this.writer.write(reply).catch((error: unknown) => this.fireError(error));
      }
    }
  }
}

/**
 * A connection over any pair of byte streams with the tolerant reader. It leaves the process alone (no
 * console, no exit), so tests serve it over in-memory streams.
 */
export function createStreamConnection(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const writer = new StreamMessageWriter(output);
  const reader = new TolerantStreamReader(input, writer);
  // Given a reader and writer, not streams, vscode-languageserver does not exit when the input ends.
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  reader.log = (text) => connection.console.warn(text);
  return connection;
}

/** The language server's connection over stdin/stdout. */
export function createStdioConnection(): Connection {
  const connection = createStreamConnection(process.stdin, process.stdout);
  const send = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
  Object.assign(console, { log: send('log'), info: send('info'), warn: send('warn'), error: send('error'), debug: send('log'), trace: send('log') });
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return connection;
}
