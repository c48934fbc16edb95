// Lints every deck in a folder and prints how many problems each rule reports, per severity: the numbers
// behind the noise budget (warnings and errors per deck). Not a test: run it on a checkout of decks.
//   node --import tsx scripts/lint-counts.ts <dir> [--show <rule>]...   --show prints that rule's findings
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeck, parseDeck } from '../server/src/core';
import { lintDeck } from '../server/src/core/rules/engine';
import { collectMarkdown } from '../server/src/cli/files';
import { fileExistsFrom } from '../server/src/host/fileExists';

const args = process.argv.slice(2);
const show = new Set<string>();
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--show') show.add(args[++i]);
  else dirs.push(args[i]);
}
if (dirs.length === 0) {
  console.error('usage: lint-counts.ts <dir>... [--show <rule>]');
  process.exit(2);
}

const counts = new Map<string, Record<string, number>>();
let decks = 0;
for (const file of collectMarkdown(dirs)) {
  const text = readFileSync(file, 'utf8');
  if (!isDeck(text, file)) continue;
  decks++;
  const path = file.replace(/\\/g, '/');
  const deck = parseDeck(text);
  for (const d of lintDeck(deck, { environment: { path, fileExists: fileExistsFrom(dirname(file)) } })) {
    const row = counts.get(d.rule) ?? {};
    row[d.severity] = (row[d.severity] ?? 0) + 1;
    counts.set(d.rule, row);
    if (show.has(d.rule)) console.log(`${file}:${d.range.start.line + 1}: ${d.severity}: ${d.message}`);
  }
}

const LEVELS = ['error', 'warning', 'info', 'hint'];
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${decks} decks`);
console.log(`${'rule'.padEnd(28)}${LEVELS.map((l) => pad(l, 9)).join('')}`);
const total: Record<string, number> = {};
for (const [rule, row] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${rule.padEnd(28)}${LEVELS.map((l) => pad(row[l] ?? 0, 9)).join('')}`);
  for (const l of LEVELS) total[l] = (total[l] ?? 0) + (row[l] ?? 0);
}
console.log(`${'total'.padEnd(28)}${LEVELS.map((l) => pad(total[l] ?? 0, 9)).join('')}`);
const loud = (total.error ?? 0) + (total.warning ?? 0);
console.log(`warnings + errors: ${loud} (${decks ? (loud / decks).toFixed(2) : 0} per deck)`);
