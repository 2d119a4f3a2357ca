/**
 * The article's own word that a misspelling probably means: a reporter who
 * wrote "de-escalate" three times meant it the fourth time too.
 */
import type { ArticleModel, Sentence, Word } from './model';
import { KeptForDraft, type SentenceChanges } from './sentence-changes';
import { dropsOneRun, editCount } from './edit-distance';
import { NearWords } from './near-words';
import type { Speller } from './spelling';
import { mentionAt } from './names';

/** A word the article uses elsewhere that the misspelling is probably meant to be. */
export interface ArticleEvidence {
  word: string;
  count: number;
}

/** The article's word closest to one misspelling. */
interface Closest {
  key: string;
  count: number;
  edits: number;
}

/**
 * For each misspelling, the article's word closest to it (one or two edits,
 * or one dropped syllable), among words the article can vouch for:
 * dictionary words and words it uses more than once, but never a word that
 * is itself among the misspellings ("dura" twice cannot vouch for "duran"
 * when both are flagged: fixing each to the other would never end), nor one
 * with a possessive or an abbreviation's stop (a misspelling is matched
 * without them). Fewest edits win, then the most uses; ties go to the word
 * first in the alphabet, as the near words and the article's counts come in
 * no particular order. `trusted` vouches for more words (the desk's own).
 * A word the article writes twice, in any case, has no evidence: it is the
 * reporter's spelling, not a slip of the fingers ("moratoria" twice is not
 * "moratorium"); a name typed in lower case has the article's capitalised
 * writing of it (see namesTypedInLowerCase).
 */
export function articleEvidence(typed: readonly string[], model: ArticleModel, speller: Speller, trusted: (key: string) => boolean): Array<ArticleEvidence | undefined> {
  const nearWords = nearWordsFor(speller);
  learnArticle(nearWords, model);
  const misspelt = new Set(typed.map(keyOf));
  const closest = new Map<string, Closest | undefined>();
  for (const text of typed) {
    const key = keyOf(text);
    if (closest.has(key)) continue;
    let best: Closest | undefined;
    // A word the article writes twice has no evidence (see above): nothing to look for.
    if ((model.wordCounts.get(key) ?? 0) > 1) {
      closest.set(key, undefined);
      continue;
    }
    for (const { word: other, distance: edits } of nearWords.near(key)) {
      const count = model.wordCounts.get(other);
      if (count === undefined || misspelt.has(other) || notAStem.test(other) || !(count > 1 || speller.knows(other) || trusted(other))) continue;
      if (!best || edits < best.edits || (edits === best.edits && (count > best.count || (count === best.count && other < best.key)))) best = { key: other, count, edits };
    }
    closest.set(key, best);
  }

  const firstWords = firstUses(model, new Set([...closest.values()].flatMap((best) => (best ? [best.key] : []))));
  const asNames = namesTypedInLowerCase(typed, model);
  return typed.map((text) => {
    const key = keyOf(text);
    const asName = asNames.get(key);
    if (asName && /^\p{Ll}/u.test(text)) return asName;
    const best = closest.get(key);
    if (!best) return undefined;
    const word = writtenAs(firstWords.get(best.key), best.key, model, speller, trusted);
    return word === undefined ? undefined : { word, count: best.count };
  });
}

/** A possessive or an abbreviation's stop at the end of a word's key. */
const notAStem = /(?:'s?|\.)$/u;

/**
 * The article's own capitalised writing of misspellings that are a name typed
 * in lower case ("pulwama" in a story that writes "Pulwama"), by key, with how
 * often the article writes it so. The spelling check flags the lower-case
 * word only because it is no dictionary word; the article shows what it is.
 */
function namesTypedInLowerCase(typed: readonly string[], model: ArticleModel): Map<string, ArticleEvidence> {
  const flagged = new Map<string, number>();
  const typedLower = new Set<string>();
  for (const text of typed) {
    const key = keyOf(text);
    flagged.set(key, (flagged.get(key) ?? 0) + 1);
    if (/^\p{Ll}/u.test(text)) typedLower.add(key);
  }
  // Typed in lower case and used where it is not flagged: rare, so the words are looked through for those alone.
  const sought = new Set([...typedLower].filter((key) => (model.wordCounts.get(key) ?? 0) > flagged.get(key)!));
  const found = new Map<string, ArticleEvidence>();
  if (sought.size === 0) return found;
  const capitalised: Word[] = [];
  const index = capitalisedWords(model);
  const sentences = new Set([...sought].flatMap((key) => [...(index.get(key) ?? [])]));
  for (const sentence of [...sentences].sort((a, b) => a.index - b.index)) {
    for (const word of sentence.words) if (sought.has(word.key) && isCapitalised(word)) capitalised.push(word);
  }
  for (const word of capitalised) if (!found.has(word.key) && isPersonOrPlace(word, model)) found.set(word.key, { word: word.text, count: 0 });
  for (const word of capitalised) {
    const name = found.get(word.key);
    if (name?.word === word.text) name.count++;
  }
  return found;
}

const isCapitalised = (word: Word) => /^\p{Lu}\p{Ll}/u.test(word.text);

/** The sentences where each key is written capitalised ("Clinton"), kept for each draft. */
const keptCapitalised = new KeptForDraft<Map<string, Set<Sentence>>>();

/**
 * Where the article writes each word capitalised, by key: a keystroke
 * brings it up to date from the sentences it changed, rather than a search
 * through every word of the article for a name typed in lower case (10 ms a
 * keystroke in 100,000 words).
 */
function capitalisedWords(model: ArticleModel): Map<string, Set<Sentence>> {
  const add = (index: Map<string, Set<Sentence>>, sentences: readonly Sentence[]) => {
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        if (!isCapitalised(word)) continue;
        let where = index.get(word.key);
        if (!where) index.set(word.key, (where = new Set()));
        where.add(sentence);
      }
    }
  };
  return keptCapitalised.get(
    model.draft,
    model.sentences,
    () => {
      const index = new Map<string, Set<Sentence>>();
      add(index, model.sentences);
      return index;
    },
    (index, { gone, came }) => {
      for (const sentence of gone) {
        for (const word of sentence.words) {
          const where = isCapitalised(word) ? index.get(word.key) : undefined;
          if (!where) continue;
          where.delete(sentence);
          if (where.size === 0) index.delete(word.key);
        }
      }
      add(index, came);
      return index;
    },
  );
}

/**
 * Whether a capitalised word names a person or a place in the story: one
 * capitalised inside a sentence of the body, and read as such by the names
 * register. A capital opening a sentence or in a headline says nothing
 * ("Refoulement …"), and an organisation's name is often made of plain words
 * ("the Adoptee Citizenship Act" does not make "adoptee" a name).
 */
function isPersonOrPlace(word: Word, model: ArticleModel): boolean {
  if (word.startsClause || word.sentence.paragraph.isHeadline) return false;
  const kind = mentionAt(model.names, word.start)?.entry.kind;
  return kind === 'person' || kind === 'place';
}

/**
 * How the article's word is offered. A name keeps the capital it has inside a
 * sentence: "Gokhale", not "gokhale". Any other word is offered in lower case
 * when that is a word: one a dictionary or the desk knows, or the article
 * writes so. A word no dictionary knows that the article capitalises only
 * where a sentence opens is offered as neither: "duran" would be flagged in
 * turn, and "Protestors" inside a sentence is wrong and would not be.
 */
function writtenAs(first: Word | undefined, key: string, model: ArticleModel, speller: Speller, trusted: (key: string) => boolean): string | undefined {
  if (first && /^\p{Lu}/u.test(first.text) && !first.startsClause) return first.text;
  if (speller.knows(key) || trusted(key) || (first && !/^\p{Lu}/u.test(first.text))) return key;
  // Rare (first written where a sentence opens, and unknown in lower case): the words are looked through.
  let name: string | undefined;
  for (const sentence of model.sentences) {
    for (const word of sentence.words) {
      if (word.key !== key) continue;
      if (!/^\p{Lu}/u.test(word.text)) return key;
      if (!word.startsClause) name ??= word.text;
    }
  }
  return name;
}

/**
 * How far `other` is from the misspelling `key` for the evidence search, in
 * edits, or Infinity when the article's word cannot be what was meant.
 */
function slipsBetween(key: string, other: string, speller: Speller): number {
  if (other === key || Math.abs(other.length - key.length) > 3 || !/\p{L}/u.test(other)) return Infinity;
  const limit = key.length <= 4 ? 1 : 2;
  let edits = editCount(key, other, limit);
  if (edits === Infinity && key.length >= 5 && dropsOneRun(key, other, 3)) edits = limit;
  if (edits === Infinity) return Infinity;
  // Two slips away is evidence only when no dictionary word is one slip away,
  // or when the slip is a dropped syllable.
  if (edits > 1 && !dropsOneRun(key, other, 3) && speller.nearDictionaryWord(key)) return Infinity;
  return edits;
}

const nearWordsBySpeller = new WeakMap<Speller, NearWords>();

function nearWordsFor(speller: Speller): NearWords {
  let nearWords = nearWordsBySpeller.get(speller);
  if (!nearWords) {
    // Two edits change at most four letters and three in length; a dropped syllable, three of each.
    nearWords = new NearWords((key, other) => slipsBetween(key, other, speller), 3, 4);
    nearWordsBySpeller.set(speller, nearWords);
  }
  return nearWords;
}

const keptLearned = new KeptForDraft<{ nearWords: NearWords; generation: number }>();

/**
 * Has the near words take in every word of the article. After a keystroke
 * only the sentences it changed can bring a word not taken in already.
 */
function learnArticle(nearWords: NearWords, model: ArticleModel): void {
  const learnAll = () => {
    nearWords.learn(model.wordCounts.keys());
    return { nearWords, generation: nearWords.generation };
  };
  keptLearned.get(
    model.draft,
    model.sentences,
    learnAll,
    (kept, { came }) => {
      for (const sentence of came) nearWords.learn(sentence.words.map((word) => word.key));
      // The near words let go of what they knew just now: every word again.
      return nearWords.generation === kept.generation ? kept : learnAll();
    },
    (kept) => kept.nearWords !== nearWords || kept.generation !== nearWords.generation,
  );
}

/** The first word of the article with each key asked for on the last check of a draft. */
const keptFirstUses = new KeptForDraft<Map<string, Word>>();

/**
 * The first word of the article with each of `keys`. Kept for the draft: a
 * first use in the sentences an edit left alone before it stands; one after
 * it stands unless the edited sentences use the word first; one in them is
 * looked for again from there.
 */
function firstUses(model: ArticleModel, keys: Set<string>): Map<string, Word> {
  if (keys.size === 0) return new Map();
  return keptFirstUses.get(
    model.draft,
    model.sentences,
    () => firstUsesSince(model, keys),
    (last, changes) => firstUsesSince(model, keys, last, changes),
  );
}

/** The first uses of `keys`, those of the last check that still stand taken as they are. */
function firstUsesSince(model: ArticleModel, keys: Set<string>, last?: Map<string, Word>, changes?: SentenceChanges): Map<string, Word> {
  const first = new Map<string, Word>();
  /** Keys to look for in the article, each from the sentence where it may first be. */
  const sought = new Map<string, number>();
  for (const key of keys) {
    const word = last?.get(key);
    if (!changes || !word) {
      sought.set(key, 0);
      continue;
    }
    const at = word.sentence.index;
    const stands = model.sentences[at] === word.sentence;
    if (stands && at < changes.before) first.set(key, word);
    else if (stands && at >= model.sentences.length - changes.after) first.set(key, firstIn(changes.came, key) ?? word);
    else sought.set(key, changes.before);
  }
  if (sought.size > 0) {
    const from = Math.min(...sought.values());
    for (let i = from; i < model.sentences.length && sought.size > 0; i++) {
      for (const word of model.sentences[i].words) {
        const start = sought.get(word.key);
        if (start === undefined || start > i) continue;
        first.set(word.key, word);
        sought.delete(word.key);
      }
    }
  }
  return first;
}

function firstIn(sentences: readonly Sentence[], key: string): Word | undefined {
  for (const sentence of sentences) for (const word of sentence.words) if (word.key === key) return word;
  return undefined;
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}
