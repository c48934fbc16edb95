/**
 * Parses a slide's HTML with htmlparser2 in time linear in its nesting depth. htmlparser2 keeps its open elements
 * in an array with the newest first (`unshift`/`shift`/`indexOf`), so every start tag moves the whole stack: 100,000
 * nested `<div>` took 15 s. The parser gets a stack with the same operations that keeps the newest last instead.
 */
import { DomHandler, isTag, type ChildNode, type Document, type Element, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * @example parseHtml('<p>a</p>').children.length // 1
 */
export function parseHtml(html: string): Document {
  const handler = new DomHandler();
  const parser = new Parser(handler, { decodeEntities: true });
  const internals = parser as unknown as { stack?: unknown };
  // Only if the parser still keeps its stack as we know it; otherwise it works as it is, just slower.
  if (Array.isArray(internals.stack) && internals.stack.length === 0) internals.stack = new NewestFirstStack();
  parser.end(html);
  return handler.root;
}

/** The subset of an array that htmlparser2 uses on its stack, with index 0 as the newest element. */
export class NewestFirstStack {
  private readonly items: string[] = [];
  /** How many of each name are open, so a stray end tag is found missing without a scan. */
  private readonly counts = new Map<string, number>();

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    while (this.items.length > n) this.shift();
  }

  get 0(): string | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(name: string): number {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return this.items.push(name);
  }

  shift(): string | undefined {
    const name = this.items.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }

  /** Distance from the newest element; a scan only when the name is open, and the caller then pops that far. */
  indexOf(name: string): number {
    if (!this.counts.get(name)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === name) return this.items.length - 1 - i;
    return -1;
  }
}

/** Visits every element in document order, parents before children, without recursion (any nesting depth). */
export function walkElements(node: ParentNode, visit: (el: Element) => void): void {
  const stack: ChildNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  while (stack.length) {
    const child = stack.pop()!;
    if (!isTag(child)) continue;
    visit(child);
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
}
