/**
 * attribution-verb — a loaded verb where "said" is neutral. "Claimed" tells
 * the reader to doubt the speaker, "admitted" and "conceded" that something
 * was confessed, "insisted" that the speaker was stubborn. AP and Reuters
 * keep "said" unless the judgement is the news. The list, with the neutral
 * word for each tense, is data/loaded-attribution-verbs.ts.
 *
 * Does not flag:
 * - the same words when they are not attribution: "claimed the lives of 40
 *   soldiers", "admitted to hospital", "insisted on a vote", "the alleged
 *   attacker", "maintained a surprisingly large lead", "boasted of his
 *   skills" (an object, not a clause: see verbAfterObject in engine/cues.ts);
 * - neutral verbs of speech other than "said" (told, added, asked, wrote).
 */
import type { Finding } from '../engine/findings';
import type { Rule } from './rule';

export const attributionVerb: Rule = {
  id: 'attribution-verb',
  defaultSeverity: 'info',
  description: 'A loaded attribution verb (claimed, admitted, insisted…) where “said” is neutral.',
  docs:
    'Flags verbs that judge the speaker when they attribute speech: claimed, admitted, conceded, insisted, alleged, boasted, confessed, refused to say and their other tenses. The same words elsewhere (“claimed the lives of”, “admitted to hospital”) are left alone. The fix puts the neutral word in the same tense: said, says, saying, declined to say.',
  check(model) {
    const findings: Finding[] = [];
    for (const attribution of model.attributions) {
      if (!attribution.neutral) continue;
      const { verb } = attribution;
      const neutral = /^\p{Lu}/u.test(verb.text) ? attribution.neutral[0].toUpperCase() + attribution.neutral.slice(1) : attribution.neutral;
      findings.push({
        rule: 'attribution-verb',
        severity: 'info',
        message: `“${verb.text}” judges the speaker. Use “${neutral}” unless that judgement is the news.`,
        start: verb.start,
        end: verb.end,
        fixes: [{ title: `Change to “${neutral}”`, edits: [{ start: verb.start, end: verb.end, newText: neutral }] }],
      });
    }
    return findings;
  },
};
