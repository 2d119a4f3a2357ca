/**
 * Which sentences one check of a draft shares with the last: a layout kept
 * for a draft reuses the sentence objects of every paragraph an edit left
 * alone (layout.ts), so the sentences before an edit and after it are the
 * same objects, in the same order. What is summed over an article's
 * sentences can then be kept, taking away the sentences that went and
 * adding those that came, rather than summed again.
 */
import type { Paragraph, Sentence } from './model';
import type { ChunkSentence } from './tokens';

export interface SentenceChanges {
  /** How many sentences at the start, and at the end, are the last check's. */
  before: number;
  after: number;
  /** The last check's sentences between those: gone from the draft (or read again). */
  gone: readonly Sentence[];
  /** This check's sentences between those: new. */
  came: readonly Sentence[];
}

export function sentenceChanges(last: readonly Sentence[], now: readonly Sentence[]): SentenceChanges {
  const most = Math.min(last.length, now.length);
  // What the layout says it left alone need not be compared again, sentence by sentence.
  const known = placedNext.get(last);
  const same = known?.now.deref() === now ? known : undefined;
  let before = same ? Math.min(same.before, most) : 0;
  while (before < most && last[before] === now[before]) before++;
  let after = same ? Math.min(same.after, most - before) : 0;
  while (after < most - before && last[last.length - 1 - after] === now[now.length - 1 - after]) after++;
  return { before, after, gone: last.slice(before, last.length - after), came: now.slice(before, now.length - after) };
}

/**
 * For a layout's sentences, its sentences after the next edit, and how many at
 * each end it kept as they were. Keyed by the earlier list, so that a list
 * never holds on to the one before it (each check's would hold every earlier
 * one), and the later list held weakly, so that it does not hold on to those
 * after it either: a reading asked for only now and then (see KeptForDraft)
 * keeps the list of the last check that asked, and through a chain of strong
 * entries that list kept every list laid out since, with the sentences and
 * words of every paragraph edited meanwhile.
 */
const placedNext = new WeakMap<readonly Sentence[], { now: WeakRef<readonly Sentence[]>; before: number; after: number }>();

/**
 * Told by the layout after an edit: `now` shares its first `before` and last
 * `after` sentences with `last`. Comparing the two lists from both ends, as
 * every reading kept for a draft does on every keystroke, then starts past
 * them: a few milliseconds a keystroke in a long draft. The answer is the same.
 */
export function noteSentencesKept(last: readonly Sentence[], now: readonly Sentence[], before: number, after: number): void {
  placedNext.set(last, { now: new WeakRef(now), before, after });
}

/**
 * A value summed over a draft's sentences, kept for the draft (a model's
 * `draft`) and brought up to date from the sentences each check changed.
 */
export class KeptForDraft<T> {
  private readonly kept = new WeakMap<object, { sentences: readonly Sentence[]; value: T }>();

  /**
   * This check's value: `start` makes it from the whole article, the first
   * time or when `stale` says the kept one can no longer be brought up to
   * date; otherwise `update` brings the kept one up to date from the
   * sentences that went and came since it was last asked for.
   */
  get(draft: object, sentences: readonly Sentence[], start: () => T, update: (value: T, changes: SentenceChanges) => T, stale?: (value: T) => boolean): T {
    const last = this.kept.get(draft);
    const value = last && !stale?.(last.value) ? update(last.value, sentenceChanges(last.sentences, sentences)) : start();
    this.kept.set(draft, { sentences, value });
    return value;
  }
}

/**
 * The sentences of a draft that `has` picks, kept for the draft and brought
 * up to date from the sentences each check changed: a keystroke asks about
 * the sentences it changed, not about every sentence of a long draft (a
 * few milliseconds each time). `has` must answer from the sentence's words
 * alone, the same while `basis` is the same object.
 */
export class KeptSentences {
  private readonly kept = new KeptForDraft<{ basis: unknown; picked: Set<Sentence> }>();

  /** The picked sentences, in the article's order. */
  get(draft: object, sentences: readonly Sentence[], has: (sentence: Sentence) => boolean, basis?: unknown): Sentence[] {
    const { picked } = this.kept.get(
      draft,
      sentences,
      () => ({ basis, picked: new Set(sentences.filter(has)) }),
      (kept, { gone, came }) => {
        for (const sentence of gone) kept.picked.delete(sentence);
        for (const sentence of came) if (has(sentence)) kept.picked.add(sentence);
        return kept;
      },
      (kept) => kept.basis !== basis,
    );
    return [...picked].sort((a, b) => a.index - b.index);
  }
}

/** The headline's paragraph: it opens the draft, so this seldom looks past the first sentence. */
export function headlineOf(sentences: readonly Sentence[]): Paragraph | undefined {
  return sentences.find((sentence) => sentence.paragraph.isHeadline)?.paragraph;
}

/** The parses of the sentences that went, unless the edit put the same text back (a reading kept by parse is let go of these). */
export function sourcesGone(gone: readonly Sentence[], came: readonly Sentence[]): ChunkSentence[] {
  const staying = new Set(came.map((sentence) => sentence.source));
  return gone.map((sentence) => sentence.source).filter((source) => !staying.has(source));
}
