// Raphael 2.3 is its own script (diagrams/raphael.js); the bundles that need it read the global it sets.
module.exports = globalThis.Raphael;
