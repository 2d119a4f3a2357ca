/**
 * Acronyms a reader knows without being told, so "acronym-undefined" leaves
 * them alone. Built from the abbreviations the AP Stylebook and the BBC News
 * style guide allow on first reference, the US state abbreviations AP copy
 * uses ("D.C.", "N.Y."), and the agencies and parties South Asian wire copy
 * names without spelling out (PTI, BJP). A desk adds its own in
 * `.copydesk.json` under `acronyms.known`.
 *
 * Not here on purpose: FM. In South Asian copy it is Foreign Minister, to
 * everyone else a radio band; an article that has written "Foreign
 * Minister" has spelled it out (see engine/acronyms.ts), one that has not
 * should.
 */
export const wellKnownAcronyms: Readonly<Record<string, string>> = {
  // Countries, blocs and world bodies
  US: 'United States', USA: 'United States of America', UK: 'United Kingdom', UN: 'United Nations',
  EU: 'European Union', UAE: 'United Arab Emirates', USSR: 'Soviet Union', NATO: 'North Atlantic Treaty Organization',
  IMF: 'International Monetary Fund', WHO: 'World Health Organization', WTO: 'World Trade Organization',
  OPEC: 'Organization of the Petroleum Exporting Countries', ASEAN: 'Association of Southeast Asian Nations',
  SAARC: 'South Asian Association for Regional Cooperation', G7: 'Group of Seven', NGO: 'non-governmental organisation',
  // US government and politics
  FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency', NSA: 'National Security Agency',
  NASA: 'National Aeronautics and Space Administration', IRS: 'Internal Revenue Service', EPA: 'Environmental Protection Agency',
  GOP: 'Grand Old Party', DNC: 'Democratic National Committee', RNC: 'Republican National Committee',
  NRA: 'National Rifle Association', ACLU: 'American Civil Liberties Union', NAACP: 'National Association for the Advancement of Colored People',
  PAC: 'political action committee', POW: 'prisoner of war', SWAT: 'special weapons and tactics',
  // Terror groups named by their acronym
  ISIS: 'Islamic State of Iraq and Syria', ISIL: 'Islamic State of Iraq and the Levant',
  // Places
  DC: 'District of Columbia', NY: 'New York', NYC: 'New York City', LA: 'Los Angeles', NJ: 'New Jersey',
  NH: 'New Hampshire', NC: 'North Carolina', SC: 'South Carolina', ND: 'North Dakota', SD: 'South Dakota',
  NM: 'New Mexico', RI: 'Rhode Island',
  // News organisations
  AP: 'Associated Press', AFP: 'Agence France-Presse', UPI: 'United Press International', PTI: 'Press Trust of India',
  BBC: 'British Broadcasting Corporation', CNN: 'Cable News Network', ABC: 'American Broadcasting Company',
  CBS: 'Columbia Broadcasting System', NBC: 'National Broadcasting Company', MSNBC: 'MSNBC', NPR: 'National Public Radio',
  PBS: 'Public Broadcasting Service', ESPN: 'ESPN', HBO: 'Home Box Office',
  // South Asian parties
  BJP: 'Bharatiya Janata Party', PPP: 'Pakistan Peoples Party',
  // Everyday
  TV: 'television', OK: 'okay', AM: 'ante meridiem', PM: 'post meridiem', CEO: 'chief executive',
  CFO: 'chief financial officer', GDP: 'gross domestic product', AIDS: 'acquired immune deficiency syndrome',
  HIV: 'human immunodeficiency virus', DNA: 'deoxyribonucleic acid', ID: 'identification', IQ: 'intelligence quotient',
  IT: 'information technology', PC: 'personal computer', PR: 'public relations', VIP: 'very important person',
  SUV: 'sport utility vehicle', ATM: 'cash machine', PIN: 'personal identification number', UFO: 'unidentified flying object',
  LGBT: 'lesbian, gay, bisexual and transgender', LGBTQ: 'lesbian, gay, bisexual, transgender and queer',
  PhD: 'doctorate', MBA: 'Master of Business Administration', FAQ: 'frequently asked questions',
  MiG: 'Mikoyan-Gurevich', NFL: 'National Football League', NBA: 'National Basketball Association',
  MLB: 'Major League Baseball', FIFA: 'Fédération Internationale de Football Association',
};
