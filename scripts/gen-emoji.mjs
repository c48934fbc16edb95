// Regenerates server/src/core/data/emoji.json: the emoji names HedgeDoc 1.x renders (the PNG names of
// emojify.js 1.1.0) with a Unicode glyph for completion and hover where one is known.
import { readdirSync, writeFileSync } from 'node:fs';
import full from 'markdown-it-emoji/lib/data/full.mjs';

// Names emojify.js has under another spelling than markdown-it-emoji.
const ALIASES = {
  black_square: 'black_large_square', plus1: '+1', kissing_face: 'kissing', person_frowning: 'frowning_person',
  person_with_blond_hair: 'blond_haired_person', person_with_pouting_face: 'pouting_face', rage1: 'rage', rage2: 'rage',
  rage3: 'rage', rage4: 'rage', donut: 'doughnut', squirrel: 'chipmunk', u5272: 'u5272', u5408: 'u5408', u55b6: 'u55b6',
  u6307: 'u6307', u6708: 'u6708', u6709: 'u6709', u7121: 'u7121', u7533: 'u7533', u7981: 'u7981', u7a7a: 'u7a7a',
};
const KANJI = { u5272: '🈹', u5408: '🈴', u55b6: '🈺', u6307: '🈯', u6708: '🈷️', u6709: '🈶', u7121: '🈚', u7533: '🈸', u7981: '🈲', u7a7a: '🈳' };
const names = readdirSync('node_modules/emojify.js/dist/images/basic').filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4)).sort();
const table = Object.fromEntries(names.map((n) => [n, KANJI[n] ?? full[n] ?? full[ALIASES[n]] ?? '']));
writeFileSync('server/src/core/data/emoji.json', JSON.stringify(table, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(`${names.length} names, ${Object.values(table).filter((g) => !g).length} without a glyph`);
