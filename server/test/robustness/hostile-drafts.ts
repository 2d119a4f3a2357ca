/**
 * Drafts a reporter's editor may really hold, at their worst: real copy with
 * pasted emoji, right-to-left names, combining accents, stray control
 * characters, Windows and old-Mac line endings, quotes and brackets left
 * open, Markdown nested as deep as a pasted email thread. Property tests
 * draw from these; a failing case prints the draft fast-check shrank it to.
 */
import fc from 'fast-check';
import { readFixture } from '../fixtures';

const wantedRuns = Number(process.env.COPYDESK_PROPERTY_RUNS);

/** True when COPYDESK_PROPERTY_RUNS asks for a long hunt: tests then lift their time limits. */
export const longHunt = Number.isFinite(wantedRuns) && wantedRuns > 0;

/**
 * How many drafts a property tries: `base` in `npm test`, so it stays fast;
 * COPYDESK_PROPERTY_RUNS=N on demand (times `scale`, for costly drafts).
 */
export function propertyRuns(base: number, scale = 1): number {
  return longHunt ? Math.max(base, Math.round(wantedRuns * scale)) : base;
}

export const languageIds = ['markdown', 'plaintext', 'article'] as const;

const seedLines = readFixture('pulwama-draft.txt').split('\n').filter((line) => line.trim() !== '');

/** Pieces of real copy: the seed's sentences, and the doubles, quotes and acronyms the rules look for. */
const prose = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.constantFrom(...seedLines).map((line) => line.slice(0, 120)),
  fc.constantFrom(
    'They played the the final.',
    'He said said it twice and and left.',
    '“We will act,” he said.',
    '"We will act," officials said.',
    'The Jaish-e-Muhammed (JeM) claimed it; JeM denied it.',
    'The CRPF and the CRPF chief met.',
    'Qureshi, Qureshi and Mohammed Muhammed.',
    'What he had had in mind',
    'Duran Duran played.',
    'See https://example.com/a_b or mail desk@example.com, @desk #news.',
  ),
);

/** Characters and sequences that break naive code: each one has broken a real editor tool. */
const hostile = fc.constantFrom(
  '👍', '👍🏽', '👨‍👩‍👧', '🇮🇳', '𝐁𝐨𝐥𝐭𝐨𝐧', '😀😀', // surrogate pairs, modifiers, ZWJ sequences, flags
  'e\u0301', 'a\u0308\u0323', '\u0301', // combining marks, one with nothing to combine with
  'محمد', 'שלום', '\u202eevil\u202c', '\u200f', // right-to-left text and controls
  '北京', '東京都', 'ｆｕｌｌ', // CJK and full-width
  '\u0000', '\u0007', '\u001b[31m', '\u007f', // NUL, bell, escape, delete
  '\ud800', '\udfff', 'a\udc00b', '\ud83d', // lone surrogates
  '\u200d', '\u200c', '\u200b', '\u2060', '\ufeff', '\u00ad', // zero-width characters, BOM, soft hyphen
  '\u00a0', '\t', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', // odd spaces and separators
  '“', '”', '"', "'", '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', // unbalanced marks
  '—', '–', '…', '...', '!!', '?!',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[a](javascript:alert(1))', '&amp;', '&#0;',
);

const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r');

/** Markdown at every depth: quotes in lists in quotes, headings, fences left open, tables. */
const markdownPrefix = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((depth) => '> '.repeat(depth)),
  fc.integer({ min: 1, max: 30 }).map((depth) => '  '.repeat(depth) + '- '),
  fc.integer({ min: 1, max: 30 }).map((depth) => '> - '.repeat(depth)),
  fc.constantFrom('# ', '###### ', '####### ', '1. ', '* ', '    ', '```', '~~~', '---', '| a | b |', '|---|---|', '<!-- ', '-->', '+++', '\\'),
);

const emphasis = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('*', '_', '**', '`', '[', '('), prose).map(([depth, mark, text]) => mark.repeat(depth) + text + mark.repeat(Math.floor(depth / 2)));

/** Any code units at all, including ones no editor would produce. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }));

/** Puts hostile pieces inside a piece of copy, at places chosen by the generator. */
const mutatedProse = fc.tuple(prose, fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 6 })).map(([text, insertions]) => {
  let result = text;
  for (const [at, piece] of insertions) {
    const index = at % (result.length + 1);
    result = result.slice(0, index) + piece + result.slice(index);
  }
  return result;
});

/** Copy with one word typed twice, so that rules find things and offer fixes to check. */
const doubledWord = fc.tuple(mutatedProse, fc.nat()).map(([text, pick]) => {
  const words = [...text.matchAll(/\p{L}+/gu)];
  if (words.length === 0) return text;
  const word = words[pick % words.length];
  const end = (word.index ?? 0) + word[0].length;
  return `${text.slice(0, end)} ${word[0]}${text.slice(end)}`;
});

const piece = fc.oneof(
  { weight: 4, arbitrary: mutatedProse },
  { weight: 3, arbitrary: doubledWord },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: markdownPrefix },
  { weight: 1, arbitrary: emphasis },
);

const separator = fc.oneof({ weight: 4, arbitrary: fc.constant(' ') }, { weight: 3, arbitrary: lineBreak }, { weight: 1, arbitrary: fc.constant('') });

/** A whole draft: pieces of copy and trouble joined by spaces and every kind of line break. */
export const hostileDraft: fc.Arbitrary<string> = fc.array(fc.tuple(piece, separator), { minLength: 0, maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** One very long line, or very many short ones: the sizes that freeze naive loops. */
export const longDraft: fc.Arbitrary<string> = fc
  .tuple(mutatedProse, fc.integer({ min: 20_000, max: 120_000 }), fc.constantFrom(' ', '', '\n', '\r\n', '> ', '“'))
  .map(([text, length, glue]) => Array.from({ length: Math.ceil(length / (text.length + glue.length + 1)) }, () => text).join(glue));

export const languageId = fc.constantFrom(...languageIds);

/**
 * fc.assert, with a failure that fits on a screen: the assertion that broke,
 * the shrunk draft (cut if long), and the seed and path to replay it.
 */
export function holds<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  report(fc.check(property, { numRuns }));
}

export async function holdsAsync<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
  report(await fc.check(property, { numRuns }));
}

function report<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample) ?? 'none';
  const shown = example.length > 1200 ? `${example.slice(0, 1200)}… (${example.length} characters)` : example;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n  draft: ${shown}\n  replay: { seed: ${details.seed}, path: "${details.counterexamplePath}" } after ${details.numRuns} runs`);
}
