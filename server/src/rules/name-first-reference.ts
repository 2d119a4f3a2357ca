/**
 * name-first-reference — a surname (or first name) on its own before the
 * story has given the full name: "Bolton said" two paragraphs before
 * "National Security Adviser John Bolton". Readers meet a person by full
 * name first.
 *
 * Does not flag:
 * - the headline: "NSA Bolton" is how headlines name people;
 * - a surname the story never completes ("Trump said" with no "Donald
 *   Trump"): without a full name Copydesk cannot tell a surname from a
 *   one-word name like "Pulwama";
 * - organisations and places ("the Foreign Office", then "Office");
 * - a name that is only ever short ("Imran" alone is a name of its own).
 */
import type { Finding } from '../engine/findings';
import type { NameEntry, NameMention } from '../engine/names';
import { paragraphPlace } from '../engine/model';
import type { Rule } from './rule';

export const nameFirstReference: Rule = {
  id: 'name-first-reference',
  defaultSeverity: 'info',
  description: 'A surname alone before the full name is introduced.',
  docs:
    'Flags the first time a person is named by surname (or first name) alone before the story gives the full name, as in "Bolton said" ahead of "National Security Adviser John Bolton". The headline is left out. The fix writes the full name at that first mention.',
  check(model) {
    const findings: Finding[] = [];
    for (const { entry, early, full } of namedShortFirst(model.names.entries)) {
      findings.push({
        rule: 'name-first-reference',
        severity: 'info',
        message: `“${early.text}” comes before the story gives the full name, “${full.text}”, in ${paragraphPlace(model.paragraphs, model.paragraphs[full.paragraph])}. Use the full name at first reference.`,
        start: early.start,
        end: early.end,
        fixes: [{ title: `Write “${full.text}” here`, edits: [{ start: early.start, end: early.end, newText: full.text }], preferred: true }],
        data: { name: entry.canonical, fullNameAt: full.start },
      });
    }
    return findings;
  },
};

interface NamedShort {
  entry: NameEntry;
  early: NameMention;
  full: NameMention;
}

/**
 * Each register's people named short before their full name, found once: a
 * register kept over an edit keeps its entries, and their mentions, as they
 * were (see keptRegister in names.ts), reading their offsets when asked; a
 * register built anew has a new list of entries.
 */
const namedShortIn = new WeakMap<readonly NameEntry[], NamedShort[]>();

function namedShortFirst(entries: readonly NameEntry[]): NamedShort[] {
  const known = namedShortIn.get(entries);
  if (known) return known;
  const found: NamedShort[] = [];
  for (const entry of entries) {
    const full = entry.fullMention;
    if (entry.kind !== 'person' || !full || full.parts.length < 2 || full.inHeadline) continue;
    // An entry's mentions come in the draft's order: those before the full name are those before it in the list.
    for (const m of entry.mentions) {
      if (m === full) break;
      if (!m.inHeadline && !m.isAcronym && m.parts.length === 1) {
        found.push({ entry, early: m, full });
        break;
      }
    }
  }
  namedShortIn.set(entries, found);
  return found;
}
