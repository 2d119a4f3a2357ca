/**
 * Where British and American spelling part ways, as pairs of letter groups.
 * A word that only one of the two dictionaries knows is a dialect spelling
 * when swapping one of these groups gives a word that only the other knows:
 * neighbours/neighbors, organise/organize, centre/center, defence/defense,
 * travelled/traveled, catalogue/catalog, paediatric/pediatric,
 * programme/program, enrolment/enrollment, judgement/judgment, ageing/aging,
 * grey/gray, cheque/check, tyre/tire, plough/plow, sceptic/skeptic,
 * aluminium/aluminum.
 * From the spelling-differences chapters of British and American style guides.
 */
export const dialectSpellingPairs: ReadonlyArray<readonly [string, string]> = [
  ['our', 'or'],
  ['ise', 'ize'],
  ['isa', 'iza'],
  ['isi', 'izi'],
  ['ys', 'yz'],
  ['tre', 'ter'],
  ['ence', 'ense'],
  ['ll', 'l'],
  ['ogue', 'og'],
  ['ae', 'e'],
  ['oe', 'e'],
  ['amme', 'am'],
  ['ould', 'old'],
  ['ement', 'ment'],
  ['eing', 'ing'],
  ['ey', 'ay'],
  ['que', 'ck'],
  ['yre', 'ire'],
  ['ough', 'ow'],
  ['sc', 'sk'],
  ['ium', 'um'],
];
