/** Copies the English dictionaries into `target` (see build-dictionaries.mjs). */
export function copyDictionaries(target: string): void;
