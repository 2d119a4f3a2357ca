/**
 * name-variant — one name spelled two ways in one story: "Quraishi" beside
 * four "Qureshi", "Jaish-e-Mohammed" beside "Jaish-e-Muhammed", "Gokhle"
 * beside "Gokhale". The spelling to keep is the desk's (`names` in
 * .copydesk.json), else the one the story uses most, else the one of the
 * first full mention. Which spellings count as one name is decided in
 * engine/names.ts.
 *
 * Does not flag:
 * - different people who share a name: "Bill Clinton" and "Hillary
 *   Clinton" differ in a whole word;
 * - a name and its possessive, plural or demonym: "Qureshi’s", "the
 *   Clintons", "Pakistan" and "Pakistani";
 * - two real names a letter apart: "Iran" and "Iraq", "Dan" and "Don";
 * - names that start with different letters ("Perry", "Kerry"), unless the
 *   letters are a transliteration pair ("Qaddafi", "Gaddafi");
 * - two spellings a typo apart that are each used twice or more ("Carson",
 *   "Carlson"): a typo is rarely made twice the same way;
 * - an acronym of the name ("JeM" for "Jaish-e-Muhammed").
 *
 * The editor also offers "Make X the desk spelling", which writes the
 * style sheet; `data` carries what it needs (canonical, variant, variants).
 */
import type { Finding, Fix } from '../engine/findings';
import type { SpellingGroup } from '../engine/names';
import type { Rule } from './rule';

export const nameVariant: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  description: 'One name spelled differently in one story (Muhammed/Mohammed).',
  docs:
    'Flags a name spelled otherwise than the rest of the story spells it: transliterations (Muhammed/Mohammed, Qureshi/Quraishi, Gaddafi/Qaddafi) and typos (Gokhle for Gokhale). The spelling to keep is the desk’s, from `names` in .copydesk.json, else the most frequent, else the one of the first full mention. Leaves alone different people who share a surname (Bill and Hillary Clinton), possessives, plurals and demonyms (Pakistan, Pakistani), and real names a letter apart (Iran, Iraq). Fixes change this mention, or every variant in the story, to the spelling to keep.',
  check(model) {
    const findings: Finding[] = [];
    // What every respelling of a group shares, made once per group: a name spelled two ways hundreds of times
    // made every finding list every variant (hundreds of thousands of edits a keystroke).
    const shared = new Map<SpellingGroup, { texts: string[]; counts: Record<string, number>; changeAll: Fix | undefined }>();
    for (const respelling of model.names.respellings) {
      const { group } = respelling;
      const canonical = group.canonicalText;
      let ofGroup = shared.get(group);
      if (!ofGroup) {
        ofGroup = {
          texts: [...new Set(group.respellings.map((r) => r.text))],
          counts: Object.fromEntries(group.counts),
          changeAll:
            group.respellings.length > 1
              ? { title: `Change all ${group.respellings.length} variants to “${canonical}”`, edits: group.respellings.map((r) => ({ start: r.start, end: r.end, newText: canonical })) }
              : undefined,
        };
        shared.set(group, ofGroup);
      }
      const used = group.counts.get(group.canonical) ?? 0;
      const thisOne = group.counts.get(foldApostrophes(respelling.text)) ?? 1;
      const others = ofGroup.texts.filter((text) => text !== respelling.text);
      const whose = group.fromDesk ? 'The desk spells this name' : 'This story spells this name';
      const usage = used > 0 ? ` “${canonical}” ${times(used)}${group.fromDesk ? ' here' : ''}` : ` “${canonical}”`;
      const variantCount = ` and “${respelling.text}” ${times(thisOne)}`;
      const elsewhere = others.length > 0 ? ` (other variants: ${others.map((text) => `“${text}”`).join(', ')})` : '';
      const message = group.fromDesk
        ? `${whose}${usage}; this story writes “${respelling.text}” ${times(thisOne)}${elsewhere}. Change it to “${canonical}”.`
        : `${whose}${usage}${variantCount}${elsewhere}. Change it to “${canonical}”.`;
      // Safe when the story (or the desk) plainly prefers the other spelling; a tie needs a reader.
      const safe = group.fromDesk || used > thisOne;
      const fixes: Fix[] = [{ title: `Change to “${canonical}”`, edits: [{ start: respelling.start, end: respelling.end, newText: canonical }], preferred: true, safe }];
      if (ofGroup.changeAll) fixes.push(ofGroup.changeAll);
      findings.push({
        rule: 'name-variant',
        severity: 'warning',
        message,
        start: respelling.start,
        end: respelling.end,
        suggestions: [canonical],
        fixes,
        data: {
          canonical,
          variant: respelling.text,
          variants: ofGroup.texts,
          counts: ofGroup.counts,
          fromDesk: group.fromDesk,
          name: respelling.mention.entry.canonical,
        },
      });
    }
    return findings;
  },
};

function foldApostrophes(text: string): string {
  return text.replace(/’/g, "'");
}

function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}
