import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticDeck } from '../unit/core/helpers';

/** The sample deck the project ships: a real-size community call. */
export const SAMPLE = readFileSync(join(__dirname, '../../sample/community-call/20261126.md'), 'utf8');

/** About 300 lines: the sample deck with its team sections repeated, as a busy week's deck looks. */
export const REAL_SIZE = SAMPLE + SAMPLE.slice(SAMPLE.indexOf('\n---\n\n# Team IaaS'), SAMPLE.indexOf('\n---\n\n# Team Ops'));

export const SYNTHETIC_10K = syntheticDeck(10_000);
export const SYNTHETIC_1K = syntheticDeck(1_000);
