// mermaid 9.1.7 as one script that sets `mermaid`. Like HedgeDoc, it never draws by itself on page load: the
// caller draws each diagram when its slide is shown.
import mermaid from 'mermaid';

mermaid.startOnLoad = false;
globalThis.mermaid = mermaid;
