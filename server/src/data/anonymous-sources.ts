/**
 * How copy attributes to people it does not name. The nouns are the unnamed
 * speakers the AP Stylebook ("anonymous sources") and the Reuters Handbook
 * ("sourcing") ask reporters to justify; the phrases are the formulas wire
 * copy uses for them ("spoke on condition of anonymity", "people familiar with
 * the matter").
 */

/** A speaker whose head noun is one of these, with no name, is anonymous. */
export const anonymousSpeakerNouns: readonly string[] = [
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders',
  'person', 'people', 'diplomat', 'diplomats', 'adviser', 'advisers', 'advisor', 'advisors',
  'staffer', 'staffers', 'operative', 'operatives', 'confidant', 'confidants', 'associate', 'associates',
  'observer', 'observers', 'analyst', 'analysts', 'someone', 'spokesman', 'spokeswoman', 'spokesperson',
  // Unnamed ranks that South Asian and British wire copy leans on ("a senior officer told reporters").
  'officer', 'officers', 'functionary', 'functionaries', 'member', 'members',
];

/** Phrases that mark an unnamed source wherever they appear. */
export const anonymityPhrases: readonly string[] = [
  'on condition of anonymity',
  'on the condition of anonymity',
  'on condition that they not be named',
  'on condition that he not be named',
  'on condition that she not be named',
  'declined to be named',
  'asked not to be named',
  'asked not to be identified',
  'who did not want to be named',
  'not authorized to speak publicly',
  'not authorised to speak publicly',
  'familiar with the matter',
  'familiar with the situation',
  'familiar with the discussions',
  'familiar with the talks',
  'familiar with the investigation',
  'familiar with the plan',
  'familiar with the negotiations',
  'close to the matter',
  'sources said',
  'a source said',
  'a source told',
  'sources told',
];

/**
 * The reason a source is not named, as the AP Stylebook asks for it: a
 * formula that is a reason in itself ("who was not authorized to discuss the
 * talks"), or one of the openers after an anonymity formula ("spoke on
 * condition of anonymity because…", "…to discuss internal deliberations",
 * "declined to be named for fear of reprisals"). With either in its
 * sentence, outside quotes, an unnamed source is not flagged.
 */
export const anonymityReasons: readonly string[] = [
  'not authorized to speak', 'not authorized to discuss', 'not authorized to comment', 'not authorized to talk',
  'not authorised to speak', 'not authorised to discuss', 'not authorised to comment', 'not authorised to talk',
  'not permitted to speak', 'not permitted to discuss', 'not permitted to comment', 'not allowed to speak',
  'not allowed to discuss', 'not allowed to comment',
];

/** Words that open a reason straight after an anonymity formula (see anonymityReasons). */
export const anonymityReasonOpeners: readonly string[] = [
  'because', 'for fear', 'fearing', 'to discuss', 'to describe', 'to speak', 'to talk', 'to comment', 'to protect', 'since',
];
