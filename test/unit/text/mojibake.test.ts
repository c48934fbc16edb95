import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENCODERS } from '../../../server/src/core/text/codePages';
import { findMojibake } from '../../../server/src/core/text/mojibake';
import { decodeByte, garble } from './codePageDecoders';


function repair(text: string): string {
  let out = text;
  for (const r of findMojibake(text).reverse()) out = out.slice(0, r.start) + r.repaired + out.slice(r.end);
  return out;
}

/** Text that is correct as written, from languages and symbols decks use. None of it may be reported. */
const CORRECT = [
  'Straße „Ärger“ und „Übermut“, Behördenspiegel in Brühl, Grüße aus Köln – schöne Woche…',
  '„Ä“ «Élan» “Über” ‚Äpfel‘ SPÄ… West–Östlicher — über',
  'Ça va? Où est le café «crème»? “the café”—a place, naïve, cœur, Noël, à bientôt, ÉTÉ',
  '¿Qué tal? ¡Olé! Año, niño, acción”… AÑO”',
  'Zażółć gęślą jaźń, Łódź, był',
  'Příliš žluťoučký kůň úpěl ďábelské ódy',
  'Καλημέρα κόσμε, αβγ, Ω π',
  'Привет, мир! Съешь же ещё этих мягких французских булок',
  '日本語のテキスト、中文文本，한국어 텍스트',
  '© ® ° ± × ÷ ² ³ µ ¶ § ¼ ½ ¾ ™ € £ ¥ • … ‰ † ‡',
  '🎉 🚀 🛠️ 👩‍💻 👨‍👩‍👧 🏳️‍🌈 🇩🇪 🇪🇺 ✅ ❤️ 👍🏽',
  'Tiếng Việt, Türkçe ğüşıöç, Dansk æøå ÆØÅ, Íslenska þð',
  '≤ ≥ ≠ ≈ ∞ ∑ ∏ ∫ √ ∂ ∆ ◊ ¬ ƒ ﬁ ﬂ ı ˆ ˜ ¯',
  'São Paulo, ação, “NÃO”, „SÃO“, CÂMARA», Þórður, Åse på Ærø, col·lecció, Ştefan, ţară, Erdős Pál, Üç',
  '»Zitat«, ›so‹, „ÄÖÜ“, ‚Äpfel‘, “ÉTÉ”, «À», ÉCOLE…, FAÇADE—',
];

describe('findMojibake', () => {
  it('stays silent on correct text in many languages, symbols and emoji', () => {
    for (const line of CORRECT) assert.deepEqual(findMojibake(line), [], line);
  });
  it('finds and repairs Windows-1252 garbling', () => {
    const runs = findMojibake('One platform â€“ standardized ðŸŽ‰ fÃ¼r');
    assert.deepEqual(runs.map((r) => [r.text, r.repaired, r.codePage]), [['â€“', '–', 'windows-1252'], ['ðŸŽ‰', '🎉', 'windows-1252'], ['Ã¼', 'ü', 'windows-1252']]);
  });
  it('finds and repairs Mac Roman garbling', () => {
    const runs = findMojibake('One platform ‚Äì standardized, Br√ºhl, Beh√∂rdenspiegel');
    assert.deepEqual(runs.map((r) => [r.text, r.repaired, r.codePage]), [['‚Äì', '–', 'macintosh'], ['√º', 'ü', 'macintosh'], ['√∂', 'ö', 'macintosh']]);
  });
  it('handles bytes Windows-1252 leaves undefined (kept as U+0081, U+008D, U+008F, U+0090, U+009D)', () => {
    for (const s of ['🔍', '🏁', 'Čapek', 'Erdős', '🐐', 'Ý']) {
      const g = garble(s, 'windows-1252');
      assert.equal(repair(`x ${g} y`), `x ${s} y`, JSON.stringify(g));
    }
  });
  it('repairs every garbled sample exactly, in both code pages', () => {
    const samples = ['–', '—', '“quoted”', 'é', 'Grüße', 'żółć', 'привет', 'αβγδ', '🎉', '🛠️', '👩‍💻', '🇩🇪', '✅', '日本語', '€', '©'];
    for (const codePage of ['windows-1252', 'macintosh'] as const) {
      for (const s of samples) {
        const g = garble(s, codePage);
        assert.equal(repair(`before ${g} after`), `before ${s} after`, `${codePage}: ${g}`);
      }
    }
  });
  it('needs support for a lone letter of another script (a single en dash before Ü is correct text)', () => {
    assert.deepEqual(findMojibake('Nord–Ürün'), []);
    assert.equal(findMojibake('zaÅ‚').length, 1);
  });
});

describe('code page tables', () => {
  it('agree with independent decoders byte for byte', () => {
    for (const codePage of ['windows-1252', 'macintosh'] as const) {
      for (let b = 0x80; b <= 0xff; b++) {
        const ch = decodeByte(b, codePage);
        assert.equal(ENCODERS[codePage].get(ch.charCodeAt(0)), b, `${codePage} 0x${b.toString(16)} ${ch}`);
      }
    }
  });
});
