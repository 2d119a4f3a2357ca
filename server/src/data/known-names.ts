/**
 * Real names that look alike but name different things: Iran and Iraq,
 * Gambia and Zambia, Dan and Don. When both spellings of a pair are here,
 * "name-variant" takes them for two names, not one name spelled twice.
 * Countries (UN members), US states, capitals and large cities that recur in
 * wire copy, and common English given names (US and UK birth registers).
 * Transliteration twins (Muhammad, Mohammed) are left out on purpose: they
 * are one name.
 */
export const knownPlaces: readonly string[] = [
  // Countries
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
  'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burundi', 'cambodia', 'cameroon', 'canada',
  'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'denmark', 'djibouti', 'dominica',
  'ecuador', 'egypt', 'eritrea', 'estonia', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'georgia',
  'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary',
  'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan',
  'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho',
  'liberia', 'libya', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta',
  'mauritania', 'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique',
  'myanmar', 'namibia', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan',
  'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'samoa', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan',
  'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga',
  'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam',
  'yemen', 'zambia', 'zimbabwe',
  // US states
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'wisconsin', 'wyoming',
  // Places of two or more words
  'united states', 'united kingdom', 'united arab emirates', 'saudi arabia', 'south africa', 'north korea',
  'south korea', 'new zealand', 'sri lanka', 'hong kong', 'new york', 'new delhi', 'los angeles', 'san francisco',
  'new jersey', 'new hampshire', 'new mexico', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island', 'el salvador', 'costa rica', 'puerto rico', 'middle east', 'las vegas',
  'capitol hill', 'jammu and kashmir', 'kashmir', 'punjab', 'sindh', 'balochistan',
  // Cities
  'delhi', 'mumbai', 'karachi', 'lahore', 'islamabad', 'kabul', 'dhaka', 'beijing', 'tokyo', 'seoul', 'moscow',
  'london', 'paris', 'berlin', 'rome', 'madrid', 'vienna', 'geneva', 'brussels', 'ankara', 'tehran', 'baghdad',
  'damascus', 'beirut', 'cairo', 'riyadh', 'dubai', 'doha', 'boston', 'chicago', 'houston', 'dallas', 'austin',
  'denver', 'phoenix', 'miami', 'atlanta', 'detroit', 'seattle', 'portland', 'orlando', 'tampa', 'reno', 'akron',
];

export const knownGivenNames: readonly string[] = [
  'aaron', 'adam', 'alan', 'alex', 'allen', 'amy', 'andrew', 'ann', 'anna', 'anne', 'barbara', 'ben', 'bernie',
  'beth', 'bill', 'bob', 'brad', 'brian', 'bruce', 'carl', 'carol', 'chris', 'dan', 'dana', 'daniel', 'dave',
  'david', 'dean', 'don', 'donald', 'donna', 'ed', 'eric', 'erin', 'frank', 'fred', 'gary', 'george', 'greg',
  'hillary', 'jack', 'jake', 'james', 'jan', 'jane', 'janet', 'jean', 'jeb', 'jeff', 'jim', 'joan', 'joe', 'john',
  'jon', 'josh', 'juan', 'julia', 'julie', 'karen', 'kate', 'ken', 'kim', 'kyle', 'lee', 'linda', 'lisa', 'liz',
  'mark', 'marco', 'maria', 'marie', 'mario', 'mary', 'matt', 'michael', 'mike', 'nancy', 'nick', 'pam', 'pat',
  'paul', 'paula', 'pete', 'peter', 'phil', 'ralph', 'rand', 'randy', 'ray', 'rick', 'rob', 'robert', 'roberta',
  'ron', 'ross', 'roy', 'ruth', 'ryan', 'sam', 'sara', 'sarah', 'scott', 'sean', 'steve', 'susan', 'ted', 'tim',
  'tom', 'tony', 'will', 'bryan', 'brian', 'jerry', 'kerry', 'perry', 'terry', 'larry', 'barry', 'harry', 'gerry',
  'carly', 'carla', 'carlo', 'carlos', 'jose', 'josé', 'luis', 'louis', 'lewis', 'ali', 'alia', 'osama', 'obama', 'charlie', 'charles',
];
