/**
 * Words that make a title in front of a name, so the names register can keep
 * "Foreign Minister" apart from "Shah Mehmood Qureshi". Gathered from the
 * titles wire copy puts before names (AP and Reuters style for US and UK
 * office-holders; PTI and Dawn copy for South Asian ones), lower-case, with
 * abbreviation stops dropped ("Gen." → "gen").
 */

/** A title needs one of these: "Minister", "Secretary", "Spokesperson", "Mr". */
export const titleHeads: readonly string[] = [
  'minister', 'secretary', 'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman',
  'president', 'president-elect', 'vice-president', 'chairman', 'chairwoman', 'chairperson',
  'senator', 'sen', 'sens', 'senators', 'governor', 'gov', 'govs', 'reps', 'mayor', 'judge', 'justice', 'gen', 'general',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'maj', 'sergeant', 'sgt', 'admiral', 'adm',
  'commander', 'cmdr', 'marshal', 'brigadier', 'brig', 'commissioner', 'ambassador', 'envoy',
  'director', 'director-general', 'secretary-general', 'inspector-general', 'attorney-general',
  'governor-general', 'chief', 'leader', 'speaker', 'representative', 'rep', 'congressman',
  'congresswoman', 'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rabbi', 'imam', 'pastor', 'reverend', 'rev', 'mufti', 'maulana',
  'ayatollah', 'coach', 'inspector', 'superintendent', 'detective', 'constable', 'sheriff',
  'trooper', 'professor', 'prof', 'dean', 'treasurer', 'comptroller', 'auditor', 'solicitor',
  'prosecutor', 'magistrate', 'whip', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady',
];

/** Words that belong to a title only next to a head: "Foreign", "Deputy", "Prime". */
export const titleModifiers: readonly string[] = [
  'foreign', 'prime', 'deputy', 'vice', 'senior', 'junior', 'acting', 'former', 'interim',
  'national', 'security', 'state', 'home', 'interior', 'defence', 'defense', 'finance', 'external',
  'affairs', 'press', 'executive', 'assistant', 'associate', 'under', 'principal', 'permanent',
  'high', 'supreme', 'majority', 'minority', 'union', 'federal', 'provincial', 'first', 'health',
  'education', 'commerce', 'trade', 'energy', 'labour', 'labor', 'transport', 'information', 'law',
  'agriculture', 'treasury', 'economic', 'political', 'military', 'special', 'army', 'naval', 'air',
  'police', 'opposition', 'parliamentary', 'cabinet', 'attorney', 'surgeon', 'lieutenant',
  'district', 'county', 'circuit', 'appeals', 'communications', 'intelligence', 'staff', 'joint',
];

/**
 * Abbreviated titles written straight before a name: "NSA Bolton", "FM
 * Qureshi", "PM Modi". Still acronyms for the acronym rules.
 */
export const titleAcronyms: readonly string[] = ['FM', 'PM', 'NSA', 'CM', 'MP', 'MLA', 'MEP', 'CEO', 'DG', 'DGP', 'IGP', 'COAS', 'EAM'];

/**
 * Heads that also start the names of companies and bodies: "General Motors",
 * "General Assembly". Before one of the words here it is part of a name,
 * not a title.
 */
export const headsThatStartNames: Record<string, readonly string[]> = {
  general: ['motors', 'electric', 'assembly', 'dynamics', 'mills', 'hospital', 'staff', 'election', 'elections', 'council'],
};
