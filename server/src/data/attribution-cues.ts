/**
 * Words that tell the reader who is speaking: "said", "told", "according to".
 * The list starts from the cues annotated on quoted speech in the PolNeAR
 * corpus (US political news, 2015–2016), most frequent first: said, told,
 * says, wrote, added, called, saying, according to, tweeted, asked, continued,
 * writes, described, argued, noted, explained, stated, responded, replied,
 * declared. The rest are the other verbs of speaking that wire style
 * guides (AP, Reuters) discuss, so a quote they introduce is not reported as
 * having no speaker. Every form is listed: matching is on exact words.
 *
 * Loaded verbs ("claimed", "admitted") are cues too; they live in
 * loaded-attribution-verbs.ts with the neutral word that replaces them.
 */
export const attributionCues: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'write', 'writes', 'wrote', 'writing', 'written',
  'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'asking',
  'tweets', 'tweeted', 'tweeting',
  'posted',
  'according to',
  'continued',
  'explain', 'explains', 'explained', 'explaining',
  'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing',
  'states', 'stated', 'stating',
  'respond', 'responds', 'responded',
  'replied',
  'answered',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced',
  'conclude', 'concludes', 'concluded',
  'recall', 'recalls', 'recalled',
  'remarked',
  'warn', 'warns', 'warned',
  'suggest', 'suggests', 'suggested',
  'promised',
  'pledged',
  'vowed',
  'urge', 'urges', 'urged',
  'predict', 'predicts', 'predicted',
  'joked',
  'quipped',
  'shouted',
  'yelled',
  'chanted',
  'testify', 'testifies', 'testified',
  'reports', 'reported',
  'reads',
  'affirm', 'affirms', 'affirmed',
  'acknowledge', 'acknowledges', 'acknowledged',
  'observe', 'observes', 'observed',
  'emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized',
  'stresses', 'stressed',
  'assert', 'asserts', 'asserted',
  'describe', 'describes', 'described',
  'call', 'calls', 'called', 'calling',
  'quoted',
  'cites', 'cited', 'citing',
  'commented',
  'mentions', 'mentioned',
  'countered',
  'cautioned',
  'recounts', 'recounted',
  'whispers', 'whispered',
  'muses', 'mused',
  'wonders', 'wondered',
  'put it',
  'went on', 'goes on',
];

/**
 * Cues that are also everyday nouns or verbs ("called on", "reported the
 * crash", "asked for money"). They count as attribution only where speech
 * follows or precedes them: a quotation mark, a colon, "that", a pronoun.
 * Forms that are mostly nouns ("a reply", "the remarks", "a report") are
 * left out of the lists altogether.
 */
export const weakCues: readonly string[] = [
  'say', 'tell', 'add', 'adds', 'ask', 'asks', 'asked', 'asking', 'write', 'writing', 'written',
  'note', 'notes', 'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described',
  'continued', 'posted', 'tweets', 'states', 'reports', 'reported', 'reads', 'commented', 'quoted',
  'cites', 'cited', 'citing', 'mentions', 'mentioned', 'stresses', 'stressed', 'recall', 'recalls',
  'recalled', 'urge', 'urges', 'urged', 'observe', 'observes', 'observed', 'wonders', 'wondered',
  'predict', 'predicts', 'predicted', 'promised', 'pledged', 'vowed', 'cautioned', 'went on', 'goes on',
  'put it',
];

/**
 * Cues after which the speaker may follow ("“…,” said Bolton"). Verbs that
 * take an object ("told reporters", "called it") never invert.
 */
export const invertingCues: readonly string[] = [
  'said', 'says', 'say', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues',
  'replied', 'replies', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'tweeted', 'tweets',
  'recalled', 'recalls', 'declared', 'declares', 'stated', 'states', 'responded', 'responds', 'answered',
  'countered', 'warned', 'warns', 'remarked', 'observed', 'quipped', 'joked', 'concluded', 'concludes',
  'cautioned', 'insisted', 'insists', 'claimed', 'claims', 'admitted', 'conceded', 'according to',
];

/**
 * Cues that name the speaker after them ("according to Bolton") rather than
 * before ("Bolton said").
 */
export const cuesWithSpeakerAfter: readonly string[] = ['according to'];

/**
 * Words that finish a cue without naming anyone: "said in a statement",
 * "told reporters", "wrote on Twitter". The speaker is looked for around the
 * whole phrase.
 */
export const cueCompletions: readonly string[] = [
  'in a statement', 'in a tweet', 'in an interview', 'in a post', 'in a letter', 'in a speech', 'in an email',
  'in a release', 'in a video', 'in the statement', 'on twitter', 'on facebook', 'on instagram',
  'reporters', 'journalists',
];
