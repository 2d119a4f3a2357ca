/**
 * Lower-case links inside hyphenated names, which "spelling" leaves to the
 * names rules: Jaish-e-Mohammed, Lashkar-e-Taiba, al-Qaeda, Tehreek-ul-Mujahideen,
 * Hizb-ut-Tahrir, Abd-al-Rahman. Gathered from the transliteration notes of
 * wire-service style guides (Arabic, Persian, Urdu and European particles).
 */
export const nameParticles: readonly string[] = [
  'e', 'i', 'al', 'el', 'ul', 'ut', 'ud', 'ur', 'us', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash',
  'bin', 'ibn', 'bint', 'abu', 'abd', 'bani', 'beni',
  'da', 'de', 'di', 'do', 'dos', 'du', 'del', 'della', 'der', 'des', 'la', 'le', 'van', 'von', 'y', 'zu',
];
