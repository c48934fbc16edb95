/**
 * The webview's diagram libraries: each script (`<mediaBase>/diagrams/<name>.js`) is added the first time a shown
 * slide needs it, carrying the nonce of the preview's own script (the CSP runs nothing else), and only once.
 */
import type { DiagramKindInfo } from '../../../server/src/core/data/diagrams';
import { loadScript } from '../loadScript';
import type { DiagramLibraries } from './draw';
import { mermaidConfig } from './mermaidConfig';

export function scriptLibraries(mediaBase: string, nonce: string): DiagramLibraries {
  const scripts = new Map<string, Promise<void>>();
  const done = new Set<DiagramKindInfo>();
  const script = (name: string): Promise<void> => {
    let loading = scripts.get(name);
    if (!loading) {
      loading = loadScript(`${mediaBase}/diagrams/${name}.js`, nonce);
      scripts.set(name, loading);
    }
    return loading;
  };
  return {
    ready: (kind) => done.has(kind),
    async load(kind) {
      for (const name of kind.scripts) await script(name);
      if (kind.kind === 'mermaid') mermaidConfig();
      done.add(kind);
    },
  };
}

