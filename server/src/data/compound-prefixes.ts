/**
 * Prefixes that stand before a hyphen in correct English compounds but are
 * not words on their own, so "spelling" accepts "de-escalate", "co-founder",
 * "anti-Semitic" and "non-profit" part by part. From the prefix entries of
 * general dictionaries and the hyphenation notes of news style guides.
 */
export const compoundPrefixes: readonly string[] = [
  'a', 'ante', 'anti', 'arch', 'auto', 'bi', 'bio', 'co', 'contra', 'counter',
  'cyber', 'de', 'dis', 'eco', 'electro', 'ex', 'extra', 'geo', 'hyper', 'infra',
  'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'mis', 'multi',
  'neo', 'non', 'pan', 'para', 'post', 'pre', 'pro', 'pseudo', 'quasi', 're',
  'semi', 'socio', 'sub', 'supra', 'tele', 'trans', 'tri', 'ultra', 'un', 'uni',
  // Combining forms of peoples and places: Indo-Pakistani, Sino-US, Afro-Cuban.
  'afro', 'anglo', 'euro', 'franco', 'indo', 'russo', 'sino', 'judeo', 'greco',
];
