import { strict as assert } from 'node:assert';
import { garbledWords, ungarbled } from '../garbled';
import { check } from '../check';
import { dictionaries } from '../../../test/dictionaries';

describe('garbled characters', () => {
  it('puts back what UTF-8 read as Windows-1252 said, once or twice over', () => {
    assert.equal(ungarbled('FranÃ§ois'), 'François');
    assert.equal(ungarbled('Trumpâ€™s'), 'Trump’s');
    assert.equal(ungarbled('longâ€”awaited'), 'long—awaited');
    // Read wrongly twice: "Ã" then an invisible control character, then "Â¡".
    assert.equal(ungarbled('Ch\u00c3\u0083\u00c2\u00a1vez'), 'Chávez');
  });

  it('leaves alone accented words and marks that are right', () => {
    for (const text of ['café—“quoted”', 'café’”', 'GARÇ’s', 'Château', 'SÃO PAULO', 'naïve, déjà vu, señor', 'Ö–x']) assert.deepEqual(garbledWords(text), [], text);
  });

  it('finds each garbled word, without the punctuation around it, and says when bytes were lost', () => {
    const text = '“President FranÃ§ois Hollande,” said SÃ©golÃ \u0308ne Royal.';
    assert.deepEqual(garbledWords(text), [
      { start: 11, end: 20, text: 'FranÃ§ois', meant: 'François' },
      { start: 37, end: 44, text: 'SÃ©golÃ', meant: undefined },
    ]);
  });

  // Cut from published copy (PolNeAR) where the text was garbled: its pieces were flagged as typos ("namo") and acronyms ("JuÃ").
  it('is flagged as one spelling finding with the word put back as a safe fix, and its pieces are not flagged', () => {
    const text = 'Pope visits border\nThe pope spoke in Ciudad JuÃ¡rez, near GuantÃ¡namo Bay, of Trumpâ€™s wall.';
    const findings = check(text, { languageId: 'plaintext', dictionaries }).findings;
    assert.deepEqual(
      findings.map((f) => [f.rule, text.slice(f.start, f.end), f.fixes?.[0]?.edits[0].newText, f.fixes?.[0]?.safe]),
      [
        ['spelling', 'JuÃ¡rez', 'Juárez', true],
        ['spelling', 'GuantÃ¡namo', 'Guantánamo', true],
        ['spelling', 'Trumpâ€™s', 'Trump’s', true],
      ],
    );
    assert.match(findings[0].message, /“JuÃ¡rez” has garbled characters: .* It should read “Juárez”\./);
  });
});
