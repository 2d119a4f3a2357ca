/**
 * Words that begin sentences with a capital letter but are never names:
 * articles, pronouns, prepositions, conjunctions, auxiliaries and the adverbs
 * news copy opens sentences with ("Amid", "Meanwhile", "However"). The closed
 * word classes of English grammars, plus the openers counted in wire copy.
 */
export const functionWords: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'all', 'both', 'either',
  'neither', 'many', 'much', 'more', 'most', 'few', 'fewer', 'less', 'several', 'such', 'other', 'another', 'what',
  'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'whether', 'if', 'unless', 'while', 'whilst',
  'because', 'since', 'as', 'though', 'although', 'so', 'yet', 'but', 'and', 'or', 'nor', 'then', 'than', 'once',
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her',
  'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'one', 'ones', 'there', 'here', 'someone', 'something',
  'nobody', 'nothing', 'everyone', 'everything', 'anyone', 'anything',
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'amidst', 'among', 'amongst', 'around', 'at',
  'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down',
  'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out',
  'outside', 'over', 'past', 'per', 'regarding', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under',
  'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without', 'following', 'according',
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'let', 'lets',
  'not', 'also', 'still', 'just', 'only', 'even', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'later',
  'earlier', 'soon', 'already', 'again', 'always', 'never', 'often', 'sometimes', 'perhaps', 'maybe', 'indeed',
  'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead', 'otherwise',
  'therefore', 'thus', 'hence', 'still', 'anyway', 'besides', 'likewise', 'similarly', 'overall', 'altogether',
  'yes', 'no', 'oh', 'well', 'please', 'thanks', 'okay', 'ok', 'first', 'second', 'third', 'last', 'next', 'finally',
  'asked', 'said', 'says', 'told', 'added', 'speaking', 'according', 'last', 'recently', 'currently', 'initially',
  'eventually', 'ultimately', 'clearly', 'obviously', 'certainly', 'apparently', 'unfortunately', 'fortunately',
  'importantly', 'specifically', 'particularly', 'especially', 'notably', 'separately', 'additionally', 'elsewhere',
  'nearly', 'almost', 'about', 'roughly', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'hundreds', 'thousands', 'millions', 'dozens', 'why', 'hey', 'sure', 'whatever', 'whoever', 'wherever',
  'whenever', 'however', 'unlike', 'yeah', 'no', 'not', 'never', 'nowhere', 'somewhere', 'everywhere', 'anywhere',
];
