/**
 * Speakers' names as the report gives them. A mention is resolved once:
 * "he" to the nearest fitting speaker before it, "Bolton" to the full name
 * the article introduced ("John Bolton"), "the mayor" to the person the
 * article titled so ("Mayor Grace Okafor"), "the statement" to whoever issued
 * it ("the Ministry of External Affairs said in a statement").
 */
import { quotedRuns } from './kept-cues';
import { speakerPronouns } from '../data/speaker-words';
import type { Attribution } from './attribution';
import type { Paragraph, Token } from './model';
import type { ParagraphTokens } from './quotes';
import { anonymousNouns, capitalised, clauseWords, documents, emptyWords, groups, keyOf, namePrepositions, organisations, pronounOf, timeWords, titles } from './cues';
import { firstAtOrAfter } from './sorted';

export interface NameIndex {
  /** Surname → full name, from every name of two or more words outside quotes ("Bolton" → "John Bolton"). */
  surnames: Map<string, string>;
  /** Title → the first person the article gives it ("mayor" → "Grace Okafor" from "Mayor Grace Okafor"). */
  titles: Map<string, string>;
}

/** Paragraphs read for names in one step of `nameIndexInSteps`. */
const paragraphsAStep = 256;

/** In steps, for a long draft's first check (see attributionsInSteps). */
export function* nameIndexInSteps(views: readonly ParagraphTokens[]): Generator<void, NameIndex> {
  const index: NameIndex = { surnames: new Map(), titles: new Map() };
  for (let v = 0; v < views.length; v++) {
    if (v > 0 && v % paragraphsAStep === 0) yield;
    const named = keptNamesIn(views[v]);
    for (const { surname, full, title } of named) {
      if (!index.surnames.has(surname)) index.surnames.set(surname, full);
      if (title && !index.titles.has(title)) index.titles.set(title, full);
    }
  }
  return index;
}

/**
 * The surnames and titles a resolver looked up in the article's names, found
 * or not: where a new index answers all of them as the old one did, every
 * speaker resolved with the old one stands (see readAttributions).
 */
export interface NamesAsked {
  surnames: Set<string>;
  titles: Set<string>;
}

export function noNamesAsked(): NamesAsked {
  return { surnames: new Set(), titles: new Set() };
}

/** Whether two indexes answer alike every name in `asked`. */
export function answerAlike(a: NameIndex, b: NameIndex, asked: NamesAsked): boolean {
  if (a === b) return true;
  const alike = (x: Map<string, string>, y: Map<string, string>, keys: Set<string>) => {
    for (const key of keys) if (x.get(key) !== y.get(key)) return false;
    return true;
  };
  return alike(a.surnames, b.surnames, asked.surnames) && alike(a.titles, b.titles, asked.titles);
}

interface Named {
  surname: string;
  full: string;
  /** The speaker title just before the name ("mayor" in "Mayor Grace Okafor"). */
  title?: string;
}

/** A paragraph names the same people for as long as it and the stretches of it in quotes are unchanged. */
const namesRead = new WeakMap<Paragraph, { runs: string; named: Named[] }>();

/** namesIn, read again only when the paragraph or which of its tokens stand in quotes has changed. */
function keptNamesIn(view: ParagraphTokens): Named[] {
  const runs = quotedRuns(view);
  const kept = namesRead.get(view.paragraph);
  if (kept && kept.runs === runs) return kept.named;
  const named = namesIn(view);
  namesRead.set(view.paragraph, { runs, named });
  return named;
}

/** The full names of people in a paragraph, outside its quotes, in order. */
export function namesIn(view: ParagraphTokens): Named[] {
  const named: Named[] = [];
  const { tokens } = view;
  let run: Token[] = [];
  const flush = () => {
    const words = run.map((t) => t.text);
    const name = personName(words);
    if (name && name.length >= 2) {
      const title = words[words.length - name.length - 1]?.toLowerCase();
      named.push({ surname: name[name.length - 1].toLowerCase(), full: name.join(' '), title: title && titles.has(title) ? title : undefined });
    }
    run = [];
  };
  for (let j = 0; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.kind === 'whitespace' && run.length > 0 && token.text === ' ') continue;
    if (token.kind === 'word' && !view.quoteOf[j] && capitalised(token.text) && !clauseWords.has(keyOf(token)) && !emptyWords.has(keyOf(token))) {
      run.push(token);
      if (/['’]s$/.test(token.text)) flush();
    } else if (run.length > 0) flush();
  }
  if (run.length > 0) flush();
  return named;
}

/**
 * The person's name at the end of a run of capitalised words, titles
 * dropped: "State Department Deputy Spokesperson Robert Palladino" → Robert
 * Palladino. Undefined when the run names a body ("Pakistan’s Foreign Office").
 */
function personName(words: readonly string[]): string[] | undefined {
  if (words.length === 0) return undefined;
  const clean = words.map((w) => w.replace(/['’]s$/, ''));
  if (organisations.has(clean[clean.length - 1].toLowerCase())) return undefined;
  const name: string[] = [];
  for (let k = clean.length - 1; k >= 0 && name.length < 3; k--) {
    if (titles.has(clean[k].toLowerCase()) || !capitalised(clean[k])) break;
    name.unshift(clean[k]);
  }
  return name.length > 0 ? name : undefined;
}

/** How many attributions before it a pronoun's ("he said") looks back over for whom it means. */
export const lookBackLimit = 60;

export class SpeakerResolver {
  /** Resolved attributions so far, in order, for pronouns to look back on. */
  private readonly seen: Attribution[] = [];

  constructor(
    private readonly names: NameIndex,
    /** Where each name looked up is noted. */
    private readonly asked: NamesAsked = noNamesAsked(),
  ) {}

  /** `inOrder`: it comes after every attribution the resolver holds (see remember). */
  resolve(attribution: Attribution, inOrder = false): void {
    const words = attribution.mention.text.split(' ').filter(Boolean);
    // "a statement released Thursday": the day is when, not who.
    while (words.length > 1 && timeWords.has(words[words.length - 1].toLowerCase())) words.pop();
    const keys = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
    const pronoun = keys.length === 1 ? pronounOf(keys[0]) : undefined;
    if (pronoun) {
      const earlier = this.lookBack(attribution, (a) => (pronoun === 'any' ? true : pronoun === 'person' ? a.speakerKind !== 'body' : a.speakerKind === 'body'));
      attribution.speaker = earlier?.speaker ?? attribution.mention.text;
      attribution.speakerKind = earlier?.speakerKind ?? 'unnamed';
    } else {
      this.name(attribution, words, keys);
    }
    this.remember(attribution, inOrder);
  }

  /**
   * An attribution resolved already (on an earlier reading, which this one
   * would repeat), for the ones after it to look back on. `inOrder`: it comes
   * after every one the resolver holds, as the article's attributions do when
   * read in order (its cues, paragraph by paragraph, sorted), its cue not
   * where the last one's is: added at the end without asking where its cue
   * is, which reads through several objects for each of thousands of
   * attributions on a keystroke.
   */
  remember(attribution: Attribution, inOrder = false): void {
    if (inOrder) this.seen.push(attribution);
    else this.seen.splice(this.before(attribution.cue.start), 0, attribution);
  }

  private name(attribution: Attribution, words: string[], keys: string[]): void {
    const trimmed = emptyWords.has(keys[0]) && words.length > 1 ? words.slice(1) : words;
    // "Jason Gilbert of Cheyenne", "a spokesman for the campaign": the name comes before the preposition.
    const cut = words.findIndex((w, k) => k > 0 && namePrepositions.has(w));
    const head = cut > 0 ? words.slice(0, cut) : words;
    const headKeys = head.map((w) => w.toLowerCase().replace(/’/g, "'"));
    const last = headKeys[headKeys.length - 1].replace(/'s$/, '');
    const capital = capitalised(head[head.length - 1]);
    if (documents.has(last) && !capital) {
      const issuer = this.lookBack(attribution, (a) => a.speakerKind !== 'unnamed' && a.cue.text.toLowerCase().includes(last));
      attribution.speaker = issuer?.speaker ?? trimmed.join(' ');
      attribution.speakerKind = issuer?.speakerKind ?? 'body';
      return;
    }
    if (organisations.has(last)) {
      attribution.speaker = capital ? trimmed.join(' ') : words.join(' ').replace(/^The /, 'the ');
      attribution.speakerKind = 'body';
      return;
    }
    if (!capital || groups.has(last) || anonymousNouns.has(last)) {
      // "the mayor" is the Mayor Grace Okafor named earlier.
      const asksTitle = headKeys.length <= 2 && (headKeys.length === 1 || emptyWords.has(headKeys[0]));
      if (asksTitle) this.asked.titles.add(last);
      const titled = asksTitle ? this.names.titles.get(last) : undefined;
      attribution.speaker = titled ?? words.join(' ').replace(/^(The|A|An) /, (d) => d.toLowerCase());
      attribution.speakerKind = titled ? 'person' : 'unnamed';
      return;
    }
    const person = personName(capitalisedTail(head));
    if (!person) {
      attribution.speaker = trimmed.join(' ');
      attribution.speakerKind = 'body';
      return;
    }
    const surname = person.length === 1 ? person[0].toLowerCase() : undefined;
    if (surname !== undefined) this.asked.surnames.add(surname);
    attribution.speaker = surname !== undefined ? (this.names.surnames.get(surname) ?? person[0]) : person.join(' ');
    attribution.speakerKind = 'person';
  }

  private lookBack(attribution: Attribution, fits: (a: Attribution) => boolean): Attribution | undefined {
    for (let k = this.before(attribution.cue.start) - 1, n = 0; k >= 0 && n < lookBackLimit; k--, n++) {
      const earlier = this.seen[k];
      if (speakerPronouns[earlier.mention.text.toLowerCase()] && earlier.speaker === earlier.mention.text) continue;
      if (fits(earlier)) return earlier;
    }
    return undefined;
  }

  /** How many of the attributions it holds have their cue after `from` and before `to`. */
  between(from: number, to: number): number {
    return Math.max(0, this.before(to) - this.before(from + 1));
  }

  /** How many resolved attributions have their cue before `offset` (they are kept in text order). */
  private before(offset: number): number {
    return firstAtOrAfter(this.seen, offset, (attribution) => attribution.cue.start);
  }
}

/** The capitalised words at the end of a mention: "Trump’s spokeswoman Hope Hicks" → Hope Hicks. */
function capitalisedTail(words: readonly string[]): string[] {
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    if (!capitalised(words[k])) break;
    tail.unshift(words[k]);
  }
  return tail;
}
