import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, outlineStructure, RESULTS } from './helpers';
import { deckPath, WINDOWS_1252 } from '../deckFixtures';

describe('browser: PDF export', () => {
  it('scs-deck render --pdf prints one page per slide', () => {
    const deck = deckPath(WINDOWS_1252.file);
    const out = join(RESULTS, 'call-windows-1252.pdf');
    const r = cli('render', '--pdf', '--browser', process.env.CHROMIUM ?? '/usr/bin/chromium', deck, '-o', out);
    assert.equal(r.status, 0, r.stderr);
    const slides = outlineStructure(deck).length;
    assert.match(r.stdout, new RegExp(`call-windows-1252\\.pdf: ${slides} pages`));
    const pdf = readFileSync(out);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, slides);
  });
});
