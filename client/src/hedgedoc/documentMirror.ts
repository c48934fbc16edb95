/**
 * Keeps an editor's document equal to a live note. Local changes go to the note (transformed over remote
 * operations that have not reached the editor yet); remote operations are applied to the editor one batch at a
 * time. Editor edits are asynchronous, so a keystroke can land while a remote batch is in flight; when the
 * editor's text then differs from what it should be, a diff against the note's text repairs it.
 * No vscode import: the extension and the unit tests drive it through `EditorPort`.
 */
import { diffOperation } from '../../../server/src/hedgedoc/realtime/textDiff';
import { TextOperation, toReplacements, type Replacement } from '../../../server/src/hedgedoc/realtime/textOperation';

export interface EditorPort {
  /** The editor's current text. */
  text(): string;
  /** Replaces ranges (offsets in the current text); resolves once applied. */
  apply(replacements: Replacement[]): Promise<boolean>;
}

export interface NotePort {
  readonly text: string;
  edit(op: TextOperation): void;
}

/** One change as the editor reports it (VS Code's `TextDocumentContentChangeEvent`). */
export interface EditorChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export class DocumentMirror {
  /** Remote operations not yet sent to the editor, based on the editor's text. */
  private queued: TextOperation | undefined;
  /** The batch being applied, with the changes the editor will report for it. */
  private inFlight: { op: TextOperation; expected: string; text: string; stale: boolean } | undefined;
  private flushing: Promise<void> | undefined;
  /** The editor's text as of the last change it reported. */
  private shadow: string;

  constructor(private readonly note: NotePort, private readonly editor: EditorPort, private readonly onError: (err: unknown) => void = () => undefined) {
    this.shadow = editor.text();
  }

  /** A remote operation, already applied to the note's text. */
  remote(op: TextOperation): void {
    this.queued = this.queued ? this.queued.compose(op) : op;
    void this.flush();
  }

  /**
   * Changes the editor reported (offsets in its text before them). Returns false when they were the editor
   * applying our own batch.
   */
  local(changes: readonly EditorChange[]): boolean {
    const before = this.shadow;
    this.shadow = this.editor.text();
    if (this.inFlight && (key(changes) === this.inFlight.expected || (!this.inFlight.stale && this.shadow === this.inFlight.text))) {
      // Our batch landed. If it was computed before a keystroke it may sit in the wrong place; the next
      // flush repairs the editor against the note.
      const stale = this.inFlight.stale;
      this.inFlight = undefined;
      if (stale) void this.flush();
      return false;
    }
    const op = changesToOperation(changes, before.length);
    if (op.isNoop()) return true;
    // What turns the editor's text before this change into the note's text: the remote operations not yet
    // in the editor, or (after a race) a diff.
    const flight = this.inFlight && !this.inFlight.stale ? this.inFlight.op : undefined;
    let bridge = flight && this.queued ? flight.compose(this.queued) : flight ?? this.queued;
    if (!bridge || bridge.baseLength !== before.length || bridge.apply(before) !== this.note.text) {
      bridge = before === this.note.text ? undefined : diffOperation(before, this.note.text);
    }
    if (bridge) {
      const [mine, theirs] = TextOperation.transform(op, bridge);
      this.note.edit(mine);
      this.queued = theirs;
    } else {
      this.note.edit(op);
    }
    // A batch in flight was computed for the old text: recognise it when it lands, then repair.
    if (this.inFlight) this.inFlight.stale = true;
    return true;
  }

  /** Whether the editor shows exactly the note's text (nothing queued or in flight). */
  get inSync(): boolean {
    return !this.queued && !this.inFlight && this.editor.text() === this.note.text;
  }

  /** Sends queued operations to the editor, one batch at a time, and repairs any divergence. */
  flush(): Promise<void> {
    this.flushing ??= this.run().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async run(): Promise<void> {
    for (let rounds = 0; rounds < 100; rounds++) {
      const current = this.editor.text();
      let op = this.queued;
      if (!op || op.baseLength !== current.length || op.apply(current) !== this.note.text) {
        if (current === this.note.text) {
          this.queued = undefined;
          return;
        }
        op = diffOperation(current, this.note.text);
      }
      this.queued = undefined;
      const replacements = toReplacements(op);
      const expected = key(replacements.map((r) => ({ rangeOffset: r.start, rangeLength: r.end - r.start, text: r.text })));
      this.inFlight = { op, expected, text: op.apply(current), stale: false };
      try {
        await this.editor.apply(replacements);
      } catch (err) {
        this.onError(err);
      }
      this.inFlight = undefined;
      this.shadow = this.editor.text();
      if (!this.queued && this.shadow === this.note.text) return;
      await Promise.resolve();
    }
  }
}

/** Editor changes (offsets in the text before them) as one operation. */
export function changesToOperation(changes: readonly EditorChange[], length: number): TextOperation {
  const sorted = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
  const op = new TextOperation();
  let pos = 0;
  for (const c of sorted) {
    op.retain(c.rangeOffset - pos).delete(c.rangeLength).insert(c.text);
    pos = c.rangeOffset + c.rangeLength;
  }
  return op.retain(length - pos);
}

function key(changes: readonly EditorChange[]): string {
  return JSON.stringify([...changes].sort((a, b) => a.rangeOffset - b.rangeOffset).map((c) => [c.rangeOffset, c.rangeLength, c.text]));
}
