/**
 * Which English an article is written in, read from its own spellings: every
 * word that only the British or only the American dictionary knows, and that
 * has a counterpart in the other (neighbours/neighbors, organise/organize),
 * is a vote. The seed article's "neighbours" makes it British.
 *
 * A sentence's marked spellings depend on its words alone, so they are kept
 * with its parse; a check only adds up the votes.
 */
import type { ArticleModel, Sentence, Word } from './model';
import type { ChunkSentence } from './tokens';
import { KeptForDraft } from './sentence-changes';
import type { Speller, SpellingDialect } from './spelling';

/** One dialect-marked spelling in the article. */
export interface DialectMarker {
  text: string;
  start: number;
  end: number;
  dialect: SpellingDialect;
  /** The same word spelt the other way, in the case it was written. */
  other: string;
}

export interface ArticleDialect {
  /** The dialect most of the marked spellings belong to; undefined on a tie or with none. */
  dialect?: SpellingDialect;
  markers: DialectMarker[];
  counts: Record<SpellingDialect, number>;
}

const readings = new WeakMap<ArticleModel, { speller: Speller; reading: ArticleDialect }>();

export function articleDialect(model: ArticleModel, speller: Speller): ArticleDialect {
  const known = readings.get(model);
  if (known?.speller === speller) return known.reading;
  const kept = keptMarkers(speller);
  const markersOf = (sentence: Sentence) => {
    let found = kept.get(sentence.source);
    if (!found) {
      found = sentenceMarkers(sentence, speller);
      kept.set(sentence.source, found);
    }
    return found;
  };
  const markers: DialectMarker[] = [];
  for (const sentence of markedSentences(model, speller, markersOf)) {
    for (const { word, offset, text, dialect, other } of markersOf(sentence)) {
      const start = sentence.words[word].start + offset;
      markers.push({ text, start, end: start + text.length, dialect, other });
    }
  }
  const counts = { 'en-US': 0, 'en-GB': 0 };
  for (const marker of markers) counts[marker.dialect]++;
  const reading: ArticleDialect = { markers, counts };
  if (counts['en-US'] !== counts['en-GB']) reading.dialect = counts['en-US'] > counts['en-GB'] ? 'en-US' : 'en-GB';
  readings.set(model, { speller, reading });
  return reading;
}

/** For each draft, its sentences with a marked spelling. */
const keptMarked = new KeptForDraft<{ speller: Speller; marked: Set<Sentence> }>();

/**
 * The sentences with a marked spelling, in order: kept for the draft and
 * brought up to date from the sentences a check changed, so that a keystroke
 * does not ask every sentence of a long article.
 */
function markedSentences(model: ArticleModel, speller: Speller, markersOf: (sentence: Sentence) => readonly SentenceMarker[]): Sentence[] {
  const { marked } = keptMarked.get(
    model.draft,
    model.sentences,
    () => ({ speller, marked: new Set(model.sentences.filter((sentence) => markersOf(sentence).length > 0)) }),
    (kept, { gone, came }) => {
      for (const sentence of gone) kept.marked.delete(sentence);
      for (const sentence of came) if (markersOf(sentence).length > 0) kept.marked.add(sentence);
      return kept;
    },
    (kept) => kept.speller !== speller,
  );
  return [...marked].sort((a, b) => a.index - b.index);
}

/** A marker as the sentence's parse holds it: by word index and offset into the word, which stay put when the sentence moves. */
interface SentenceMarker extends Omit<DialectMarker, 'start' | 'end'> {
  word: number;
  offset: number;
}

const markersBySpeller = new WeakMap<Speller, WeakMap<ChunkSentence, SentenceMarker[]>>();

/** A sentence's markers depend on its words alone: they are kept with its parse. */
function keptMarkers(speller: Speller): WeakMap<ChunkSentence, SentenceMarker[]> {
  let kept = markersBySpeller.get(speller);
  if (!kept) markersBySpeller.set(speller, (kept = new WeakMap()));
  return kept;
}

const none: SentenceMarker[] = [];

function sentenceMarkers(sentence: Sentence, speller: Speller): SentenceMarker[] {
  const markers: SentenceMarker[] = [];
  const { words } = sentence;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.notProse || /[\d.]/.test(word.text)) continue;
    // Most words have no hyphen or apostrophe: their key is the lower case looked up, with nothing cut or copied.
    if (!/[-'’]/.test(word.text)) {
      markPart(markers, speller, word, index, 0, word.text, word.key);
      continue;
    }
    let offset = 0;
    for (const part of word.text.split('-')) {
      const text = part.replace(/['’]s?$/u, '');
      markPart(markers, speller, word, index, offset, text, text.toLowerCase());
      offset += part.length + 1;
    }
  }
  return markers.length ? markers : none;
}

/** Adds a marker for one part of a word (`text`, `lower` its lower case) when only one dialect spells it so. */
function markPart(markers: SentenceMarker[], speller: Speller, word: Word, index: number, offset: number, text: string, lower: string): void {
  if (text.length <= 2) return;
  const isCommonWord = text === lower || (offset === 0 && word.startsClause && text === lower[0].toUpperCase() + lower.slice(1));
  const spelling = isCommonWord ? speller.dialectSpelling(lower) : undefined;
  if (!spelling) return;
  const other = text === lower ? spelling.other : spelling.other[0].toUpperCase() + spelling.other.slice(1);
  markers.push({ word: index, offset, text, dialect: spelling.dialect, other });
}
