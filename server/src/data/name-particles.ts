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

/**
 * Lower-case links inside hyphenated names, which "spelling" leaves to the
 * names rules: Jaish-e-Mohammed, Lashkar-e-Taiba, al-Qaeda, Tehreek-ul-Mujahideen,
 * Hizb-ut-Tahrir, Abd-al-Rahman. Gathered from the transliteration notes of
 * wire-service style guides (Arabic, Persian, Urdu and European particles).
 * "spelling" also leaves them alone before a name: "von der Leyen", "de las Casas".
 */
export const hyphenParticles: readonly string[] = [
  'e', 'i', 'o', 'al', 'el', 'ul', 'ut', 'ud', 'ur', 'us', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash',
  'bin', 'ibn', 'bint', 'abu', 'abd', 'bani', 'beni',
  'da', 'de', 'di', 'do', 'dos', 'du', 'del', 'della', 'der', 'des', 'la', 'las', 'le', 'los', 'van', 'von', 'y', 'zu',
];
