/**
 * Context words the names register reads a name's kind from, as a desk
 * editor would: "the State Department" is an organisation by its last word,
 * "in Balakot" a place by the word before it, "Bolton said" a person by the
 * verb after it. Collected from the bodies, places and attributions of wire
 * copy.
 */

/** Last words of organisation names: "Foreign Office", "Indian Air Force", "Ministry of External Affairs". */
export const organisationWords: readonly string[] = [
  'office', 'department', 'ministry', 'force', 'forces', 'army', 'navy', 'party', 'committee', 'council',
  'commission', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'group', 'agency', 'bureau',
  'university', 'college', 'school', 'court', 'senate', 'house', 'congress', 'parliament', 'assembly',
  'association', 'foundation', 'institute', 'times', 'post', 'news', 'journal', 'service', 'services', 'union',
  'board', 'league', 'front', 'organisation', 'organization', 'fund', 'network', 'campaign', 'administration',
  'government', 'police', 'affairs', 'authority', 'guard', 'command', 'corps', 'brigade', 'movement', 'alliance',
  'federation', 'society', 'club', 'team', 'motors', 'airlines', 'airways', 'television', 'radio', 'press',
  'tribune', 'herald', 'telegraph', 'guardian', 'express', 'review', 'magazine', 'daily', 'media', 'hospital',
  'centre', 'center', 'trust', 'cabinet', 'secretariat', 'directorate', 'division', 'unit', 'caucus', 'pac',
  'tehreek', 'jamaat', 'lashkar', 'jaish', 'sena', 'dal', 'morcha', 'conference',
];

/** Words straight before a place: "in Balakot", "from Islamabad", "to Delhi". */
export const placePrepositions: readonly string[] = ['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'towards', 'toward', 'throughout'];

/** Words straight after a place: "Pulwama district", "Sindh province". */
export const placeWords: readonly string[] = [
  'district', 'province', 'state', 'city', 'town', 'village', 'county', 'region', 'valley', 'border', 'capital',
  'area', 'airport', 'sector', 'island', 'islands', 'river', 'coast', 'street', 'road', 'square',
];

/** Verbs and words after a person's name: "Bolton said", "Qureshi, who". */
export const personCues: readonly string[] = [
  'said', 'says', 'told', 'tweeted', 'wrote', 'added', 'asked', 'noted', 'argued', 'explained', 'stated', 'claimed',
  'insisted', 'admitted', 'announced', 'replied', 'warned', 'urged', 'thinks', 'believes', 'who', 'himself', 'herself',
];
