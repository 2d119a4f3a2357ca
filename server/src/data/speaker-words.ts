/**
 * Words that help name a speaker. Titles come before a person's name in news
 * copy ("National Security Adviser John Bolton", "Sen. Ted Cruz") and are
 * dropped when the report names the speaker; organisation words end the
 * names of bodies that speak ("Pakistan's Foreign Office", "the State
 * Department"). Pronouns are resolved to the nearest speaker before them.
 * Gathered from the speakers annotated in the PolNeAR corpus and the seed
 * article.
 */
export const speakerTitles: readonly string[] = [
  'president', 'vice', 'prime', 'minister', 'secretary', 'foreign', 'deputy', 'spokesperson', 'spokesman',
  'spokeswoman', 'national', 'security', 'adviser', 'advisor', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'gov', 'gov.', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'director',
  'ambassador', 'general', 'gen', 'gen.', 'attorney', 'judge', 'justice', 'chief', 'executive', 'ceo',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lord', 'lady', 'rev', 'rev.', 'pope', 'king',
  'queen', 'prince', 'princess', 'speaker', 'leader', 'majority', 'minority', 'commissioner', 'high',
  'state', 'senior', 'former', 'assistant', 'special', 'envoy', 'congressman', 'congresswoman', 'candidate',
  'democratic', 'republican', 'presidential', 'nominee', 'nsa', 'fm', 'pm', 'lt', 'lt.', 'col', 'col.',
  'sgt', 'sgt.', 'capt', 'capt.', 'adm', 'adm.', 'cmdr', 'gop', 'u.s.', 'us', 'uk', 
  'deputy', 
  'manager', 'strategist', 'pollster', 'professor', 'prof', 'prof.', 'founder', 'host', 'anchor',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'commander', 'officer', 'inspector',
  'superintendent', 'sheriff', 'chancellor', 'premier', 'president-elect', 'treasurer', 'coach', 'captain',
];

/** The last word of a speaking body's name. */
export const organisationWords: readonly string[] = [
  'office', 'ministry', 'department', 'house', 'party', 'committee', 'council', 'agency', 'association',
  'campaign', 'commission', 'court', 'government', 'administration', 'board', 'bureau', 'service',
  'institute', 'foundation', 'center', 'centre', 'union', 'league', 'organization', 'organisation',
  'network', 'news', 'times', 'post', 'journal', 'magazine', 'press', 'group', 'company', 'corporation',
  'inc', 'inc.', 'bank', 'fund', 'army', 'navy', 'police', 'force', 'forces', 'senate', 'congress',
  'parliament', 'assembly', 'cabinet', 'embassy', 'mission', 'university', 'school', 'college', 'team',
  'coalition', 'alliance', 'movement', 'caucus', 'pentagon', 'kremlin', 'statement', 'readout', 'report',
  'release', 'letter', 'memo', 'tweet', 'post', 'poll', 'survey', 'study', 'website', 'ad', 'advertisement',
];

/** Subject pronouns that can speak, and the kind of speaker each points back to. */
export const speakerPronouns: Readonly<Record<string, 'person' | 'body' | 'any'>> = {
  he: 'person',
  she: 'person',
  it: 'body',
  they: 'any',
  we: 'any',
  i: 'person',
  who: 'any',
  which: 'body',
};

/** Documents that "say" things for whoever issued them ("the statement said"). */
export const speakingDocuments: readonly string[] = [
  'statement', 'readout', 'release', 'letter', 'memo', 'report', 'tweet', 'post', 'filing', 'communique',
  'communiqué', 'notice', 'email', 'ad', 'advertisement', 'website', 'transcript', 'summary', 'survey',
  'study', 'poll', 'document', 'complaint', 'lawsuit', 'indictment', 'ruling', 'order',
];

/**
 * Common verbs that end a subject without the -ed ending that marks most past
 * tenses: "The email goes on to say", "Hillary Clinton went further".
 */
export const verbsAfterSubject: readonly string[] = [
  'goes', 'go', 'went', 'gets', 'got', 'makes', 'made', 'takes', 'took', 'gives', 'gave', 'comes', 'came',
  'seems', 'appears', 'began', 'begins', 'became', 'becomes', 'wants', 'needs', 'tries', 'sent', 'sends',
  'left', 'leaves', 'kept', 'keeps', 'held', 'holds', 'sought', 'seeks', 'spoke', 'speaks', 'sees', 'saw',
  'thinks', 'thought', 'knows', 'knew', 'feels', 'felt', 'says', 'said', 'told', 'tells', 'wrote', 'writes',
  'shot', 'put', 'puts', 'ran', 'runs', 'stood', 'stands', 'brought', 'brings', 'met', 'meets', 'won', 'wins',
  'lost', 'loses', 'hit', 'hits', 'let', 'lets', 'set', 'sets', 'paid', 'pays', 'led', 'leads', 'heard',
  'hears', 'found', 'finds', 'did', 'does', 'has', 'had', 'is', 'was', 'are', 'were', 'will', 'would',
];

/**
 * People who speak as a group and are not named by the group's name
 * ("Residents on Hill Road said", "Critics say"): capitalised only because
 * they open a sentence.
 */
export const groupSpeakers: readonly string[] = [
  'residents', 'critics', 'voters', 'supporters', 'experts', 'analysts', 'protesters', 'protestors', 'witnesses',
  'neighbours', 'neighbors', 'locals', 'parents', 'students', 'teachers', 'workers', 'lawmakers', 'legislators',
  'observers', 'opponents', 'activists', 'campaigners', 'police', 'firefighters', 'doctors', 'researchers',
  'scientists', 'economists', 'investors', 'traders', 'shoppers', 'commuters', 'drivers', 'passengers', 'fans',
  'members', 'leaders', 'organisers', 'organizers', 'delegates', 'donors', 'employees', 'staff', 'officers',
  'families', 'relatives', 'friends', 'colleagues', 'others', 'some', 'many', 'both', 'several', 'most',
];
