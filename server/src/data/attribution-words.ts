/**
 * The small words that shape an attribution clause: what may stand between a
 * speaker and the cue ("Bolton also said", "Rubio said Tuesday"), what ends a
 * speaker's name ("that", "and", "was"), what opens a phrase before the
 * subject ("Like Corker, Menendez said"). English grammar's closed classes
 * (determiners, prepositions, auxiliaries, conjunctions), trimmed to the ones
 * that showed up around cues in the PolNeAR corpus and the seed article.
 */

/** May stand between a speaker and the cue: "Bolton also said", "he has said", "Trump on Tuesday said". */
export const betweenSpeakerAndCue: readonly string[] = [
  'also', 'later', 'then', 'once', 'again', 'previously', 'earlier', 'recently', 'reportedly', 'publicly',
  'privately', 'repeatedly', 'since', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would',
  'could', 'might', 'may', 'did', 'does', 'do', 'not', 'never', 'just', 'often', 'still', 'simply',
  'flatly', 'famously', 'quickly', 'finally', 'first', 'further', 'subsequently', 'separately', 'herself',
  'himself', 'themselves', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'on',
];

/** When, not who: "said Tuesday", "Rubio said Saturday night", "a statement released Thursday". */
export const timeWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later', 'last', 'this',
  'recently', 'then', 'now', 'again', 'once',
];

/** A speaker's name never runs across these: conjunctions, most prepositions, auxiliaries, relatives. */
export const clauseWords: readonly string[] = [
  'and', 'but', 'or', 'nor', 'that', 'because', 'when', 'while', 'as', 'if', 'than', 'so', 'where',
  'after', 'before', 'since', 'though', 'although', 'until', 'what', 'how', 'why', 'whether', 'in', 'on',
  'during', 'with', 'by', 'from', 'to', 'into', 'about', 'against', 'over', 'under', 'without', 'like',
  'this', 'these', 'those', 'there', 'here', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
  'also', 'then', 'which', 'who', 'whom', 'whose', "it's", 'just', 'even', 'only', 'yet', 'via',
  'instead', 'however', 'meanwhile', 'later', 'again', 'never', 'once', 'said', 'says', 'told',
];

/** Where a name stops and a description starts: "Joel Pollak of Breitbart California", "Residents on Hill Road". */
export const namePrepositions: readonly string[] = ['of', 'from', 'for', 'at', 'in', 'with', 'on'];

/** Determiners and quantities: they do not name anyone on their own ("the", "his", "one of"). */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'some', 'two', 'three', 'several',
  'many', 'other', 'another', 'each', 'both', 'all', 'of', 'for', 'at',
];

/** Open an introductory phrase rather than a subject: "Like Corker, Menendez…", "Flying home, she…". */
export const introWords: readonly string[] = [
  'like', 'at', 'in', 'on', 'during', 'with', 'for', 'from', 'despite', 'amid', 'unlike', 'since', 'because',
  'although', 'though', 'if', 'asked', 'speaking', 'earlier', 'later', 'still', 'yet', 'meanwhile', 'now',
  'then', 'here', 'there', 'instead', 'indeed', 'also', 'but', 'and', 'so', 'yes', 'no', 'well', 'of', 'to',
  'by', 'about', 'according', 'under', 'over', 'last', 'this', 'next', 'today', 'yesterday', 'tonight',
];

/** Start a new clause after a verb: "claimed that…", "insisted he was right". */
export const clauseOpeners: readonly string[] = ['that', 'he', 'she', 'they', 'it', 'i', 'we', 'there', 'you', 'this'];

/** Join two clauses with the same subject: "And he made a point of saying…". */
export const conjunctions: readonly string[] = ['and', 'but', 'so', 'yet', 'then', 'still', 'also', 'now', 'or'];

/** Finish a two-word verb of speech: "shot back", "spoke up", "put simply". */
export const particles: readonly string[] = ['back', 'up', 'out', 'on', 'off', 'in', 'down', 'again', 'simply', 'bluntly'];

/** Auxiliaries: a word after "said the report" that is one of these means the report is what was said. */
export const auxiliaries: readonly string[] = [
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did',
];

/** Before a cue, these make it passive: "was told", "had been warned", "got asked". */
export const passiveAuxiliaries: readonly string[] = [
  'was', 'were', 'is', 'are', 'be', 'been', 'being', "wasn't", "weren't", "isn't", "aren't", 'get', 'got', 'gets',
];

/** After these, a cue word is a noun: "over claims that", "with calls for". */
export const nounPrepositions: readonly string[] = [
  'in', 'on', 'over', 'of', 'about', 'with', 'for', 'by', 'from', 'after', 'amid', 'despite', 'against', 'among', 'into',
];
