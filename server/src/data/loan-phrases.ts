/**
 * Phrases English borrowed whole, mostly from Latin and French, whose words
 * are not English words on their own: "modus operandi", "bona fides",
 * "sotto voce". "spelling" accepts their words only side by side. From the
 * foreign-phrase lists of news style guides.
 */
export const loanPhrases: readonly string[] = [
  'ad hoc', 'ad hominem', 'ad nauseam', 'alma mater', 'bona fide', 'bona fides', 'carte blanche',
  'coup de grâce', 'de facto', 'de jure', 'en masse', 'en route', 'et al', 'fait accompli',
  'habeas corpus', 'in situ', 'in vitro', 'in vivo', 'lingua franca', 'mea culpa', 'modus operandi',
  'modus vivendi', 'non sequitur', 'per annum', 'per capita', 'per se', 'persona non grata',
  'prima facie', 'pro bono', 'pro forma', 'quid pro quo', 'raison d’être', 'sine qua non',
  'sotto voce', 'status quo', 'vice versa', 'vox populi', 'cause célèbre', 'enfant terrible',
  'hoi polloi', 'noblesse oblige', 'nouveau riche', 'savoir faire', 'tour de force', 'vis-à-vis',
];
