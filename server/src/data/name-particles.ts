/**
 * Small lower-case words that sit inside names and keep a run of capitalised
 * words together: "Osama bin Laden", "Vincent van Gogh", "Ahmed ul Haq",
 * "Ministry of External Affairs". From naming conventions in Arabic, Urdu,
 * Dutch, German, French, Spanish, Italian and Portuguese names as wire copy
 * writes them, and the "of" of institutions.
 */
export const nameConnectors: readonly string[] = [
  'of', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das',
  'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'y', 'zu', 'e', 'i',
];

/** Lower-case parts of hyphenated names: "al-Qaeda", "Jaish-e-Muhammed", "Tehreek-e-Insaf". */
export const hyphenParticles: readonly string[] = ['al', 'el', 'e', 'i', 'ul', 'ud', 'ur', 'bin', 'ibn', 'an', 'as', 'ad', 'ar', 'at', 'az', 'ash', 'abu', 'o'];
