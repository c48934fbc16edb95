/**
 * Each distinct image of an export is embedded once. The slides carry a short placeholder
 * (`data:,scs-asset-<n>`) and one script, run before reveal.js starts, swaps in the real `data:` URI from a
 * single table. Without this every emoji occurrence carried its own copy and a large deck's file grew
 * a hundredfold. The placeholder is a `data:` URL, so the file's CSP (`img-src data:`) loads nothing else.
 */

export const PLACEHOLDER_PREFIX = 'data:,scs-asset-';

export class InlineAssets {
  private readonly ids = new Map<string, number>();
  private readonly uris: string[] = [];
  private readonly failed = new Set<string>();

  /**
   * The placeholder for the asset named `key` (a real path, an emoji name); `load` runs once per key and
   * gives the `data:` URI, or undefined when the asset cannot be embedded (then undefined is returned too).
   */
  placeholder(key: string, load: () => string | undefined): string | undefined {
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.failed.has(key)) return undefined;
      const uri = load();
      if (uri === undefined) {
        this.failed.add(key);
        return undefined;
      }
      id = this.uris.push(uri) - 1;
      this.ids.set(key, id);
    }
    return PLACEHOLDER_PREFIX + id;
  }

  /** The real `data:` URI behind a placeholder, for the few places no script can reach (reveal.js options). */
  resolve(value: string): string {
    return value.startsWith(PLACEHOLDER_PREFIX) ? (this.uris[Number(value.slice(PLACEHOLDER_PREFIX.length))] ?? value) : value;
  }

  get size(): number {
    return this.uris.length;
  }

  /** The script that fills the placeholders in (images, slide backgrounds), as chunks to write in order. */
  scriptChunks(): string[] {
    const chunks = ['(function(){var a=['];
    this.uris.forEach((uri, i) => chunks.push(i === 0 ? JSON.stringify(uri) : `,${JSON.stringify(uri)}`));
    chunks.push(`];var p=${JSON.stringify(PLACEHOLDER_PREFIX)};`);
    chunks.push(
      'function fill(name){document.querySelectorAll("["+name+"^=\\""+p+"\\"]").forEach(function(el){' +
        'var u=a[Number(el.getAttribute(name).slice(p.length))];if(u)el.setAttribute(name,u);});}' +
        '["src","data-background-image","data-background"].forEach(fill);})();',
    );
    return chunks;
  }
}
