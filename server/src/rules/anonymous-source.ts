/**
 * anonymous-source — attribution to someone the story does not name:
 * "officials said", "a source told", "according to people familiar with the
 * matter", "spoke on condition of anonymity". Desks let these stand only with
 * a reason the reader can see; the note reminds the reporter to give it.
 * The words are in data/anonymous-sources.ts.
 *
 * Does not flag:
 * - a named person with a title ("Deputy Spokesperson Robert Palladino said");
 * - named bodies ("the State Department said", "Pakistan’s Foreign Office
 *   said"): the institution is on the record;
 * - the same words when nobody is quoted ("officials met on Tuesday");
 * - a source named after the noun ("his top aide, Tad Devine, told"), or
 *   one whose sentence gives the reason ("…because they were not authorized
 *   to discuss the case"); see markAnonymity in engine/cues.ts.
 */
import type { Finding } from '../engine/findings';
import type { Rule } from './rule';

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'info',
  description: 'Attribution to unnamed sources (“officials said”, “a source said”).',
  docs:
    'Flags attribution to people the story does not name: “officials said”, “a source told”, “people familiar with the matter”, “on condition of anonymity”. Named people and named institutions are not flagged, nor a source whose sentence says why it is not named (“…because they were not authorized to discuss the case”). There is no automatic fix: name the source, or tell readers why they cannot be named.',
  check(model) {
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const attribution of model.attributions) {
      const span = attribution.anonymous;
      if (!span || seen.has(span.start)) continue;
      seen.add(span.start);
      findings.push({
        rule: 'anonymous-source',
        severity: 'info',
        message: `The source is not named (“${span.text}”). Name them, or tell readers why they cannot be named.`,
        start: span.start,
        end: span.end,
      });
    }
    return findings;
  },
};
