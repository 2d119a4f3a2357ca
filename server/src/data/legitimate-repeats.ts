/**
 * Words that English doubles on purpose, so "repeated-word" leaves them alone.
 * Gathered from grammar references on reduplication and from wire copy:
 * "what he had had in mind", "he said that that was wrong", "what it is is a
 * mistake", "a so-so season", "long long ago", "bye bye", "no no".
 */
export const legitimateRepeats: readonly string[] = [
  'had',
  'that',
  'is',
  'so',
  'long',
  'bye',
  'no',
  'very',
  'knock',
  'tut',
  'chop',
  'ha',
  'blah',
  'yada',
  'boo',
];
