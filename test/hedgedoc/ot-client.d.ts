/** The parts of npm `ot` (ot.js) the tests use besides TextOperation: its reference client. */
declare module 'ot' {
  import TextOperation from 'ot/lib/text-operation';
  class Client {
    constructor(revision: number);
    revision: number;
    state: object;
    applyClient(op: TextOperation): void;
    applyServer(op: TextOperation): void;
    serverAck(): void;
    sendOperation(revision: number, op: TextOperation): void;
    applyOperation(op: TextOperation): void;
    static Synchronized: new () => object;
  }
  export { Client, TextOperation };
}
