// Generates what the manifest says about rules from the registry, so settings, schema and engine agree; --check
// also holds the manifest's deck-detection defaults to the core's.
//   node --import tsx scripts/rule-manifest.ts            writes schemas/scs-deck.schema.json, prints the settings entries
//   node --import tsx scripts/rule-manifest.ts --check    exits 1 if the schema or package.json lag behind the registry
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DETECTION } from '../server/src/core/deck/detect';
import { ruleDocsUrl } from '../server/src/core/rules/docsUrl';
import { RULES } from '../server/src/core/rules/registry';

const root = join(__dirname, '..');
const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

/** `scsDeck.rules.<name>` settings, as package.json `contributes.configuration.properties` holds them. */
export function settingsEntries(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of RULES) {
    out[`scsDeck.rules.${r.name}`] = {
      type: 'string',
      enum: LEVELS,
      default: r.defaultSeverity,
      scope: 'resource',
      markdownDescription: `${r.description} [Docs](${ruleDocsUrl(r.name)})`,
    };
  }
  return out;
}

/** The JSON schema of `.scs-deck.json`. */
export function schema(): unknown {
  const rules: Record<string, unknown> = {};
  for (const r of RULES) rules[r.name] = { enum: LEVELS, description: `${r.description} Default: ${r.defaultSeverity}.`, markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [Docs](${ruleDocsUrl(r.name)})` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'SCS Deck configuration',
    description: 'Rule levels for SCS Deck, read by the editor and by `scs-deck lint` for every deck below this folder.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: 'Level per rule: off, hint, info, warning or error.', properties: rules, additionalProperties: false },
    },
    additionalProperties: false,
  };
}

const schemaPath = join(root, 'schemas/scs-deck.schema.json');
const schemaText = JSON.stringify(schema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const props = pkg.contributes?.configuration?.properties ?? {};
  const missing = Object.entries(settingsEntries()).filter(([k, v]) => JSON.stringify(props[k]) !== JSON.stringify(v)).map(([k]) => k);
  // The manifest must state the core's own deck-detection defaults (the server falls back to them).
  for (const key of ['include', 'exclude'] as const) {
    const setting = `scsDeck.decks.${key}`;
    if (JSON.stringify(props[setting]?.default) !== JSON.stringify(DEFAULT_DETECTION[key])) missing.push(`${setting} (default must be ${JSON.stringify(DEFAULT_DETECTION[key])})`);
  }
  const stale = readFileSync(schemaPath, 'utf8') !== schemaText;
  if (missing.length || stale) {
    console.error(`out of date:${stale ? ' schemas/scs-deck.schema.json' : ''} ${missing.join(' ')}`);
    process.exit(1);
  }
} else {
  writeFileSync(schemaPath, schemaText);
  console.log(JSON.stringify(settingsEntries(), null, 2));
}
