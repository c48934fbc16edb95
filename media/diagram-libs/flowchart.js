// flowchart.js 1.18 as one script that sets `flowchart`; its `require('raphael')` is the global Raphael
// (raphaelGlobal.js), loaded once for both Raphael-based diagram kinds.
import flowchart from 'flowchart.js';

globalThis.flowchart = flowchart;
