import { strict as assert } from 'node:assert';
import { Layout, type Placed } from '../layout';
import { readFixture } from '../../../test/fixtures';
import { apply, random, randomEdit } from './edit-sequences';

/** Everything a layout places, offsets and lines included, as the model's readers see it. */
function placedAs(placed: Placed): string {
  return JSON.stringify({
    paragraphs: placed.paragraphs.map((p) => [p.index, p.kind, p.line, p.start, p.end, p.isHeadline, p.sentences.map((s) => s.index)]),
    sentences: placed.sentences.map((s) => [s.index, s.start, s.end, s.paragraph.index, s.tokens.map((t) => [t.kind, t.text, t.start, t.end])]),
    words: placed.sentences.flatMap((s) => s.words).map((w) => [w.start, w.key, w.tokenIndex, w.sentence.index]),
    counts: [...placed.wordCounts].sort(),
    total: placed.wordTotal,
  });
}

describe('placing a draft as it is edited', function () {
  this.timeout(120_000);

  const drafts = [
    { name: 'the seed', text: readFixture('pulwama-draft.txt'), languageId: 'plaintext', seed: 21 },
    { name: 'the seed with Windows line endings, as an article', text: readFixture('pulwama-draft.txt').replace(/\n/g, '\r\n'), languageId: 'article', seed: 22 },
    { name: 'a draft with blank lines', text: readFixture('senate-hearing-draft.txt').replace(/\n/g, '\n\n'), languageId: 'plaintext', seed: 23 },
  ];
  for (const draft of drafts) {
    it(`places ${draft.name} as a fresh layout does after each of 300 random edits, line breaks typed and deleted among them`, () => {
      const next = random(draft.seed);
      const layout = new Layout();
      let text = draft.text;
      let previous = layout.place(text, draft.languageId);
      for (let step = 0; step < 300; step++) {
        const r = next();
        // A third of the edits at a line break: typed, deleted, doubled or turned into \r\n.
        const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
        const edit =
          r < 0.33 && breaks.length > 0
            ? (() => {
                const at = breaks[Math.floor(next() * breaks.length)];
                const choice = ['', '\n', '\n\n', '\r\n', ' ', 'x\n'][Math.floor(next() * 6)];
                return choice === '' ? { start: at.index!, end: at.index! + at[0].length, text: '' } : { start: at.index!, end: at.index!, text: choice };
              })()
            : randomEdit(text, next);
        const before = previous.paragraphs.slice();
        text = apply(text, edit);
        const placed = layout.place(text, draft.languageId);
        assert.equal(placedAs(placed), placedAs(new Layout().place(text, draft.languageId)), `after edit ${step} (${JSON.stringify(edit)})`);
        const changed = placed.oneChanged;
        if (changed) {
          // One paragraph in place of another; every other one is the same object at the same index.
          assert.ok(!placed.paragraphs.includes(changed.removed) && placed.paragraphs[changed.index] === changed.added, `after edit ${step}`);
          placed.paragraphs.forEach((paragraph, i) => assert.ok(i === changed.index || paragraph === before[i], `paragraph ${i} after edit ${step}`));
        }
        previous = placed;
      }
    });
  }

  it('reads only the lines an edit touched, and the line on either side', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something about the council.`).join('\n');
    const layout = new Layout();
    const first = layout.place(text, 'plaintext');
    const lastStart = first.paragraphs[39].start;
    const at = text.indexOf('Paragraph 20') + 5;
    const placed = layout.place(`${text.slice(0, at)}x${text.slice(at)}`, 'plaintext');
    assert.deepEqual(
      placed.paragraphs.map((paragraph, i) => (paragraph === first.paragraphs[i] ? '' : i)).filter((i) => i !== ''),
      [20],
    );
    assert.equal(placed.oneChanged?.index, 20);
    assert.equal(placed.oneChanged?.shift, 1);
    assert.equal(placed.paragraphs[39].start, lastStart + 1, 'the paragraphs after it moved');
  });
});
