/** nspell's reader of a Hunspell .dic text (not in @types/nspell): see readInSteps in dictionaries.ts. */
declare module 'nspell/lib/util/dictionary.js' {
  /** Adds every line of `text` but the first (a list's word count) to `data`, with the flags `spell`'s affix file defines. */
  export default function readDictionaryLines(text: string, spell: object, data: object): void;
}
