/**
 * How much of a draft the editor checks as you type. A reporter's story is a
 * few thousand words; a 10 MB paste (a whole archive, a data dump) must not
 * freeze the editor, so past this size the server checks the beginning and
 * says so. One million characters is about 160,000 words, and parses cold in
 * about half a second on the machines we measured (see bench/).
 */
export const liveCheckLimit = 1_000_000;

/**
 * Where to stop checking: the last line break before `limit`, so no
 * paragraph is cut in half (or `limit` itself, moved off a surrogate pair,
 * when one line is longer than that).
 */
export function checkedLength(text: string, limit = liveCheckLimit): number {
  if (text.length <= limit) return text.length;
  const lineEnd = Math.max(text.lastIndexOf('\n', limit), text.lastIndexOf('\r', limit));
  if (lineEnd > 0) return lineEnd;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
