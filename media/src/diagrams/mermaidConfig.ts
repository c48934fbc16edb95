/**
 * mermaid's settings. HedgeDoc sets none, so mermaid 9's defaults apply: `securityLevel: 'strict'` (labels are
 * sanitised, `click` does nothing) and `maxTextSize: 50000`; a diagram's `%%{init}%%` cannot change either.
 * They are set here explicitly so no default can loosen them, and mermaid never draws on its own at page load.
 */
interface Mermaid {
  startOnLoad: boolean;
  initialize(config: object): void;
}

export function mermaidConfig(): void {
  const mermaid = (globalThis as unknown as { mermaid?: Mermaid }).mermaid;
  if (!mermaid) return;
  mermaid.startOnLoad = false;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 50000 });
}
