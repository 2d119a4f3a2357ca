/**
 * spelling-dialect — an American spelling in a British article, or the other
 * way round ("color" in a story that writes "neighbours" and "defence").
 *
 * With `dialect: "auto"` (the default) the article's own spellings decide,
 * and only a mix is marked: the spellings of the dialect the article uses
 * less. With "en-US" or "en-GB" configured, every spelling of the other
 * dialect is marked.
 *
 * Does not flag:
 * - an article that is all one dialect, in "auto" ("neighbours" in the seed);
 * - an even mix in "auto" (one "colour", one "color"): there is no telling
 *   which the desk wants;
 * - words spelt the same in both (most words), names, acronyms, and the
 *   desk's own words;
 *
 * Oxford spelling (-ize in British copy) reads as American here, as it does
 * in the British dictionary Copydesk uses; an Oxford desk adds its -ize words
 * to `words`.
 */
import type { Finding } from '../engine/findings';
import { articleDialect } from '../engine/dialect';
import { spellerFor, type SpellingDialect } from '../engine/spelling';
import type { Rule } from './rule';

const dialectNames: Record<SpellingDialect, string> = { 'en-US': 'American', 'en-GB': 'British' };

export const spellingDialect: Rule = {
  id: 'spelling-dialect',
  defaultSeverity: 'info',
  description: 'An American spelling in British copy, or a British one in American copy.',
  docs:
    'Marks spellings from the other side of the Atlantic: "color" in an article that writes "neighbours", or any British spelling when the desk set "dialect" to "en-US". With "dialect": "auto" the article\'s own spellings decide and only a mix is marked. The fix swaps in the other spelling.',
  check(model, context) {
    if (!context.dictionaries) return [];
    const reading = articleDialect(model, spellerFor(context.dictionaries));
    const configured = context.config.dialect === 'auto' ? undefined : context.config.dialect;
    const wanted = configured ?? reading.dialect;
    if (!wanted) return [];
    if (!configured && (reading.counts['en-US'] === 0 || reading.counts['en-GB'] === 0)) return [];
    const deskWords = new Set(context.config.words.map((w) => w.toLowerCase()));
    const example = reading.markers.find((m) => m.dialect === wanted);
    const why = configured
      ? `the desk writes ${dialectNames[wanted]} English`
      : `this article is written in ${dialectNames[wanted]} English${example ? ` (“${example.text}”)` : ''}`;
    const findings: Finding[] = [];
    for (const marker of reading.markers) {
      if (marker.dialect === wanted || deskWords.has(marker.text.toLowerCase())) continue;
      findings.push({
        rule: 'spelling-dialect',
        severity: 'info',
        message: `“${marker.text}” is the ${dialectNames[marker.dialect]} spelling, and ${why}. Use “${marker.other}”.`,
        start: marker.start,
        end: marker.end,
        suggestions: [marker.other],
        fixes: [{ title: `Change to “${marker.other}”`, edits: [{ start: marker.start, end: marker.end, newText: marker.other }], preferred: true }],
        data: { word: marker.text, dialect: marker.dialect, other: marker.other },
      });
    }
    return findings;
  },
};
