import { strict as assert } from 'node:assert';
import { Layout } from '../layout';
import type { Sentence } from '../model';
import { KeptForDraft } from '../sentence-changes';
import { fullCollection } from '../../idle-collection';

describe('what a draft keeps from check to check', () => {
  it('lets go of the sentences of every check after the one a reading asked for now and then', async () => {
    const layout = new Layout();
    const draft = {};
    let text = Array.from({ length: 30 }, (_, i) => `In paragraph ${i} the minister said the talks would go on.`).join('\n');
    // A reading asked for at the first check only keeps that check's sentences (as one asked only when a typo has evidence does).
    const first = layout.place(text, 'plaintext').sentences;
    const reading = new KeptForDraft<number>();
    reading.get(draft, first, () => first.length, (count) => count);
    const later: Array<WeakRef<readonly Sentence[]>> = [];
    // Keystrokes a few lines down, which the layout places by the lines they touched (one touching the headline's line places the whole draft).
    for (let k = 5; k < 25; k++) {
      text = text.replace(`paragraph ${k} `, `paragraph ${k}x `);
      later.push(new WeakRef(layout.place(text, 'plaintext').sentences));
    }
    // A WeakRef holds its object until the turn that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    fullCollection()!();
    // The layout keeps the last check's sentences, to place the next edit; none between it and the first need stay.
    const kept = later.slice(0, -1).filter((ref) => ref.deref() !== undefined).length;
    assert.equal(kept, 0, `${kept} of the 19 checks in between are still held`);
    // And the reading still has what it kept, to bring it up to date when next asked.
    assert.equal(reading.get(draft, layout.place(text, 'plaintext').sentences, () => -1, (count) => count), first.length);
  });
});
