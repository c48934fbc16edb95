/**
 * Diagram source is data: a graphviz `URL`, a flowchart link or a mermaid `click` must not become script or a
 * request. Links in a drawn diagram keep only http(s) and in-page targets; event-handler attributes go.
 */
const SAFE_LINK = /^(https?:|#)/i;

export function scrubLinks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'xlink:href') && !SAFE_LINK.test(attr.value.trim())) el.removeAttribute(attr.name);
    }
  }
}
