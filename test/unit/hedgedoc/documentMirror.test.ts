import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { changesToOperation, DocumentMirror, type EditorChange } from '../../../client/src/hedgedoc/documentMirror';
import { fromChange, TextOperation, type Replacement } from '../../../server/src/hedgedoc/realtime/textOperation';

/** An editor whose edits land later (like VS Code's applyEdit), so the user can type in between. */
class SlowEditor {
  doc: string;
  mirror!: DocumentMirror;
  private waiting: (() => void)[] = [];
  constructor(text: string) {
    this.doc = text;
  }
  text(): string {
    return this.doc;
  }
  apply(replacements: Replacement[]): Promise<boolean> {
    return new Promise((resolve) => this.waiting.push(() => {
      // Stale offsets are clamped, as an editor applying ranges to a changed text would.
      const changes: EditorChange[] = [];
      for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
        const start = Math.min(r.start, this.doc.length);
        const end = Math.min(r.end, this.doc.length);
        this.doc = this.doc.slice(0, start) + r.text + this.doc.slice(end);
        changes.push({ rangeOffset: start, rangeLength: end - start, text: r.text });
      }
      this.mirror.local(changes);
      resolve(true);
    }));
  }
  /** Lets the oldest pending edit land. */
  land(): boolean {
    const next = this.waiting.shift();
    next?.();
    return !!next;
  }
  type(at: number, del: number, text: string): void {
    const before = this.doc.length;
    const start = Math.min(at, before);
    const d = Math.min(del, before - start);
    this.doc = this.doc.slice(0, start) + text + this.doc.slice(start + d);
    this.mirror.local([{ rangeOffset: start, rangeLength: d, text }]);
  }
}

/** A position not inside a `<n>` mark (typing there would split the mark, not lose it). */
function outsideMarks(text: string, at: number): number {
  const pos = Math.min(at, text.length);
  return text.lastIndexOf('<', pos - 1) > text.lastIndexOf('>', pos - 1) ? text.indexOf('>', pos) + 1 : pos;
}

describe('DocumentMirror', () => {
  it('turns editor changes into one operation', () => {
    assert.deepEqual(changesToOperation([{ rangeOffset: 5, rangeLength: 1, text: 'X' }, { rangeOffset: 0, rangeLength: 0, text: 'A' }], 8).toJSON(), ['A', 5, 'X', -1, 2]);
  });

  it('the editor ends equal to the note, and typed text reaches the note, under any interleaving', async () => {
    const step = fc.record({ kind: fc.constantFrom('type', 'remote', 'land', 'land'), at: fc.nat(30), del: fc.nat(2), text: fc.constantFrom('a', 'bc', '\n', '') });
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 60 }), async (steps) => {
      const note = { text: 'hello world\n', edit(op: TextOperation) { this.text = op.apply(this.text); } };
      const editor = new SlowEditor(note.text);
      const mirror = new DocumentMirror(note, editor);
      editor.mirror = mirror;
      let typed = 0;
      for (const s of steps) {
        if (s.kind === 'type') {
          const mark = `<${typed++}>`;
          editor.type(outsideMarks(editor.doc, s.at), 0, mark);
        } else if (s.kind === 'remote') {
          const at = outsideMarks(note.text, s.at);
          // Others delete only plain letters, so every typed mark must survive.
          let del = 0;
          while (del < s.del && /[a-z \n]/.test(note.text[at + del] ?? '<')) del++;
          const op = fromChange(note.text.length, at, del, s.text);
          note.text = op.apply(note.text);
          mirror.remote(op);
        } else editor.land();
        await Promise.resolve();
      }
      for (let i = 0; i < 200 && (editor.land() || !mirror.inSync); i++) {
        await new Promise((r) => setImmediate(r));
        void mirror.flush();
      }
      assert.equal(editor.doc, note.text);
      for (let i = 0; i < typed; i++) assert.ok(note.text.includes(`<${i}>`), `typed <${i}> reached the note: ${JSON.stringify(note.text)}`);
    }), { numRuns: 300 });
  });
});
