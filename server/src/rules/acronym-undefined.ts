/**
 * acronym-undefined — an acronym the story never spells out and readers
 * cannot be expected to know: "40 CRPF personnel" with no "Central Reserve
 * Police Force" anywhere.
 *
 * Does not flag:
 * - acronyms everyone knows (US, UN, NATO, FBI, NSA…), listed in
 *   data/well-known-acronyms.ts, nor those the desk adds under
 *   `acronyms.known` in .copydesk.json;
 * - an acronym the story spells out in any form, with or without brackets:
 *   "FM Qureshi" after "Foreign Minister Shah Mehmood Qureshi";
 * - Roman numerals ("World War II"), model names with digits ("MiG-21"),
 *   and words set in capitals as words: a sentence or a run of them
 *   ("SIGN UP FOR OUR NEWSLETTER"), a heading ("TWITTER."), a label
 *   ("CLINTON:"), a small word stressed ("NOT") and a name's initials
 *   ("H.W. Bush"); see engine/acronyms.ts;
 * - seven capitals or more that the dictionaries know as a word or a name
 *   ("POLITICO", "REDACTED", "BEIJING", "INTERPOL"): a masthead, a shouted
 *   word or a dateline; "CENTCOM" and "MONUSCO" are still flagged.
 */
import type { Finding } from '../engine/findings';
import type { Rule } from './rule';
import { spellerFor, type Speller } from '../engine/spelling';

export const acronymUndefined: Rule = {
  id: 'acronym-undefined',
  defaultSeverity: 'info',
  description: 'An acronym never spelled out (well-known ones allowed).',
  docs:
    'Flags the first use of an acronym the story never spells out, unless readers know it (US, UN, NATO, FBI and the rest of the well-known list) or the desk lists it under `acronyms.known` in .copydesk.json. A capitalised phrase of the story whose initials give the acronym counts as spelling it out ("Foreign Minister" for FM). Words in capitals that are words are not acronyms: a shouted run ("TOP STORIES"), a heading, a label ("CLINTON:"), a stressed word ("NOT"), a name\'s initials ("H.W. Bush"), and a word or name of seven capitals or more that the dictionaries know ("POLITICO", "BEIJING").',
  check(model, context) {
    const known = new Set(context.config.acronyms.known);
    const speller = context.dictionaries && spellerFor(context.dictionaries);
    const findings: Finding[] = [];
    for (const entry of model.acronyms.entries) {
      if (entry.definition || entry.wellKnown || entry.spelledOut || known.has(entry.acronym)) continue;
      // Until the dictionaries are in, a long one waits: it may be a word ("POLITICO" shown, then taken back).
      if (isLong(entry.acronym) && (context.dictionariesLoading || (speller && isWordOrName(speller, entry.acronym)))) continue;
      const first = entry.uses.find((u) => !u.inHeadline) ?? entry.uses[0];
      if (!first) continue;
      findings.push({
        rule: 'acronym-undefined',
        severity: 'info',
        message: `“${first.text}” is never spelled out in this story. Give the full name at its first use, with “${first.text}” in brackets after it, unless every reader knows it.`,
        start: first.start,
        end: first.end,
        data: { acronym: entry.acronym, uses: entry.uses.length },
      });
    }
    return findings;
  },
};

/** Seven capitals or more: an acronym that long is said as a word, and may be one. */
function isLong(acronym: string): boolean {
  return /^\p{Lu}{7,}$/u.test(acronym);
}

/** A word or a name the dictionaries know, set in capitals: "POLITICO", "REDACTED", "BEIJING" (not "CENTCOM", "MONUSCO"). */
function isWordOrName(speller: Speller, acronym: string): boolean {
  const lower = acronym.toLowerCase();
  return speller.knows(lower) || speller.knows(lower[0].toUpperCase() + lower.slice(1));
}
