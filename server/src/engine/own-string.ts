/**
 * V8 keeps a cut of 13 characters or more from a string as a view into it,
 * which holds the whole string in memory for as long as the cut lives. The
 * engine cuts words, quotes and names from the draft; most live for one
 * check, but what is kept from check to check (a chunk's parse, a quote left
 * standing, a cue) would hold on to the whole draft as it stood when it was
 * cut: a copy of a 100,000-word draft for every keystroke whose cuts are
 * still kept (21 copies, 25 MB, after 20 keystrokes, before this was used).
 */

/**
 * The same text, as a string that holds no other. JSON's round trip copies
 * any string exactly, lone surrogates included; a short cut is copied by V8
 * anyway, and is returned as it is.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
