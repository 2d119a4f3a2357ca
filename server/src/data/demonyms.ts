/**
 * Capitalised words that describe rather than name: nationalities and
 * demonyms ("Pakistani", "Kashmiri", "Texan"), faiths, and the party and
 * movement adjectives of political copy ("Republican", "Democratic"). The
 * names register keeps them out, so "Pakistani" is never a variant of
 * "Pakistan". Nationalities follow the UN member states and the demonyms
 * the Reuters and AP style guides give for them; regions, US states and
 * South Asian provinces are those that recur in wire copy.
 */
export const demonyms: readonly string[] = [
  // Nationalities
  'afghan', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'argentine', 'argentinian', 'armenian',
  'australian', 'austrian', 'azerbaijani', 'azeri', 'bahamian', 'bahraini', 'bangladeshi', 'barbadian', 'belarusian',
  'belgian', 'belizean', 'beninese', 'bhutanese', 'bolivian', 'bosnian', 'botswanan', 'brazilian', 'british',
  'bruneian', 'bulgarian', 'burkinabe', 'burmese', 'burundian', 'cambodian', 'cameroonian', 'canadian', 'chadian',
  'chilean', 'chinese', 'colombian', 'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'djiboutian',
  'dominican', 'dutch', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'fijian',
  'filipino', 'finnish', 'french', 'gabonese', 'gambian', 'georgian', 'german', 'ghanaian', 'greek', 'guatemalan',
  'guinean', 'guyanese', 'haitian', 'honduran', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi',
  'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean',
  'kosovar', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian', 'lebanese', 'liberian', 'libyan', 'lithuanian',
  'luxembourgish', 'macedonian', 'malagasy', 'malawian', 'malaysian', 'maldivian', 'malian', 'maltese', 'mauritanian',
  'mauritian', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nepali',
  'nepalese', 'nicaraguan', 'nigerian', 'nigerien', 'norwegian', 'omani', 'pakistani', 'palestinian', 'panamanian',
  'paraguayan', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian', 'russian', 'rwandan', 'salvadoran', 'samoan',
  'saudi', 'scottish', 'senegalese', 'serbian', 'singaporean', 'slovak', 'slovenian', 'somali', 'spanish',
  'sudanese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan', 'togolese',
  'tunisian', 'turkish', 'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh',
  'yemeni', 'zambian', 'zimbabwean',
  // Regions, states and provinces
  'african', 'asian', 'european', 'arab', 'arabian', 'latin', 'latino', 'latina', 'hispanic', 'caribbean',
  'scandinavian', 'balkan', 'baltic', 'nordic', 'western', 'eastern', 'northern', 'southern', 'kashmiri',
  'punjabi', 'sindhi', 'baloch', 'balochi', 'pashtun', 'bengali', 'tamil', 'sikh', 'kurdish', 'kurd', 'texan',
  'californian', 'floridian', 'yorker', 'southerner', 'midwestern', 'londoner', 'parisian', 'muscovite',
  'washingtonian', 'chicagoan', 'iowan', 'ohioan', 'virginian', 'carolinian', 'alaskan', 'hawaiian', 'arizonan',
  'coloradan', 'nevadan', 'oregonian', 'georgian', 'bostonian',
  // Faiths
  'muslim', 'muslims', 'islamic', 'islamist', 'christian', 'christians', 'catholic', 'catholics', 'protestant',
  'evangelical', 'evangelicals', 'jewish', 'jew', 'jews', 'hindu', 'hindus', 'buddhist', 'mormon', 'sunni', 'shia',
  'shiite', 'sunnis', 'shias',
  // Parties and movements
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'liberal',
  'liberals', 'tory', 'tories', 'libertarian', 'progressive', 'progressives', 'socialist', 'communist',
  'marxist', 'independent', 'independents', 'nazi', 'nazis', 'jihadist', 'jihadists',
];
