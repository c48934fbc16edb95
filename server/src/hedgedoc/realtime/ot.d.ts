/** Types for ot.js's TextOperation (npm `ot`), the operation format HedgeDoc 1.x's server transforms. */
declare module 'ot/lib/text-operation' {
  type Op = number | string;
  class TextOperation {
    ops: Op[];
    baseLength: number;
    targetLength: number;
    retain(n: number): this;
    insert(s: string): this;
    delete(n: number | string): this;
    isNoop(): boolean;
    apply(s: string): string;
    invert(s: string): TextOperation;
    compose(other: TextOperation): TextOperation;
    equals(other: TextOperation): boolean;
    toJSON(): Op[];
    static fromJSON(ops: Op[]): TextOperation;
    static transform(a: TextOperation, b: TextOperation): [TextOperation, TextOperation];
    static isRetain(op: Op): op is number;
    static isInsert(op: Op): op is string;
    static isDelete(op: Op): op is number;
  }
  export = TextOperation;
}
