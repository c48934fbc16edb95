// js-sequence-diagrams 2.0.1 (HedgeDoc's fork) as one script that sets `Diagram`. HedgeDoc's bundle gives it
// lodash as `_` and Raphael; here `_` is the few lodash functions it calls (sequenceGlobals.js) and Raphael is the
// global that diagrams/raphael.js set before this script ran (none in Node, where only `Diagram.parse` is used).
import Diagram from 'js-sequence-diagrams';

globalThis.Diagram = Diagram;
