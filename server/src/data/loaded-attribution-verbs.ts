/**
 * Attribution verbs that judge the speaker: "claimed" hints the reporter
 * doubts it, "admitted" and "conceded" that it was a confession, "insisted"
 * that it was stubborn. The AP Stylebook ("said" entry) and the Reuters
 * Handbook of Journalism ("said" and "claim") both ask for "said" unless the
 * judgement is itself reported fact. Each entry maps the loaded form to its
 * neutral form in the same tense.
 */
export const loadedAttributionVerbs: Readonly<Record<string, string>> = {
  claim: 'say', claims: 'says', claimed: 'said', claiming: 'saying',
  admit: 'say', admits: 'says', admitted: 'said', admitting: 'saying',
  insist: 'say', insists: 'says', insisted: 'said', insisting: 'saying',
  concede: 'say', concedes: 'says', conceded: 'said', conceding: 'saying',
  confess: 'say', confesses: 'says', confessed: 'said', confessing: 'saying',
  allege: 'say', alleges: 'says', alleged: 'said', alleging: 'saying',
  boast: 'say', boasts: 'says', boasted: 'said', boasting: 'saying',
  brag: 'say', brags: 'says', bragged: 'said', bragging: 'saying',
  complain: 'say', complains: 'says', complained: 'said', complaining: 'saying',
  lament: 'say', laments: 'says', lamented: 'said', lamenting: 'saying',
  maintain: 'say', maintains: 'says', maintained: 'said', maintaining: 'saying',
  contend: 'say', contends: 'says', contended: 'said', contending: 'saying',
  reveal: 'say', reveals: 'says', revealed: 'said', revealing: 'saying',
  scoff: 'say', scoffs: 'says', scoffed: 'said', scoffing: 'saying',
  snap: 'say', snaps: 'says', snapped: 'said', snapping: 'saying',
  'refuse to say': 'decline to say', 'refuses to say': 'declines to say', 'refused to say': 'declined to say',
  'refusing to say': 'declining to say',
  'refused to comment': 'declined to comment', 'refuses to comment': 'declines to comment',
};

/**
 * What follows the same verbs when nobody is speaking: "claimed the lives of
 * 40 soldiers", "claimed victory", "admitted to hospital", "insisted on a
 * vote", "conceded the race". One or two words, as they follow the verb.
 */
export const loadedVerbObjects: readonly string[] = [
  'the lives', 'the life', 'lives', 'victory', 'responsibility', 'credit', 'the title', 'the seat', 'the race',
  'the election', 'defeat', 'the nomination', 'the match', 'the game', 'the crown', 'the prize', 'the top',
  'ownership', 'territory', 'a goal', 'the goal', 'to', 'into', 'on', 'upon', 'him', 'her', 'them', 'students',
  'patients', 'the patient', 'a seat', 'a victory', 'the win', 'a win', 'the throne', 'the land', 'land',
];
