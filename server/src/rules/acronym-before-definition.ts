/**
 * acronym-before-definition — an acronym used before the story spells it
 * out: "JeM" in Bolton's tweet, a paragraph before "Jaish-e-Muhammed (JeM)".
 * The fix moves the definition to the first use: it spells the acronym out
 * there and shortens the later definition to the bare acronym, in one step.
 *
 * Does not flag:
 * - uses in the headline: headlines use acronyms the body then spells out;
 * - an acronym spelled out without brackets ("Foreign Minister" before "FM"):
 *   only a definition can come too late, see engine/acronyms.ts;
 * - later uses: one finding at the first use, whose fix covers the rest.
 */
import type { Finding } from '../engine/findings';
import type { Rule } from './rule';
import { paragraphPlace } from '../engine/model';

export const acronymBeforeDefinition: Rule = {
  id: 'acronym-before-definition',
  defaultSeverity: 'warning',
  description: 'An acronym used before it is spelled out (JeM before "Jaish-e-Muhammed (JeM)").',
  docs:
    'Flags the first use of an acronym that the story spells out only later, in any of the forms "Full Name (ACR)", "ACR (Full Name)" or "Full Name, or ACR,". Headline uses are left out. The fix spells the acronym out at its first use and shortens the later definition to the acronym.',
  check(model) {
    const findings: Finding[] = [];
    for (const entry of model.acronyms.entries) {
      const definition = entry.definition;
      if (!definition) continue;
      const first = entry.uses.find((u) => !u.inHeadline && u.start < definition.start);
      if (!first) continue;
      const written = model.text.slice(definition.start, definition.end);
      const acronym = model.text.slice(definition.acronymStart, definition.acronymEnd);
      const spelledOut = definition.form === 'or' ? `${definition.expansion} (${acronym})` : written;
      const paragraph = model.paragraphs.find((p) => p.start <= definition.start && definition.start < p.end);
      const where = paragraph === first.word.sentence.paragraph ? ' later in the same paragraph' : paragraph ? ` in ${paragraphPlace(model.paragraphs, paragraph)}` : ' later';
      findings.push({
        rule: 'acronym-before-definition',
        severity: 'warning',
        message: `“${first.text}” is used here before the story spells it out as “${written.replace(/,$/, '')}”${where}. Spell it out at its first use.`,
        start: first.start,
        end: first.end,
        fixes: [
          {
            title: `Spell out “${first.text}” here and shorten the later “${written.replace(/,$/, '')}” to “${acronym}”`,
            edits: [
              { start: first.start, end: first.end, newText: spelledOut },
              { start: definition.start, end: definition.end, newText: acronym },
            ],
            preferred: true,
          },
        ],
        data: { acronym: entry.acronym, expansion: definition.expansion, definedAt: definition.start },
      });
    }
    return findings;
  },
};
