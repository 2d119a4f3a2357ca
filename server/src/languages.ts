/** Which reading a file gets, by its name: Markdown, or prose one paragraph per line. */
export function languageIdForPath(path: string): string {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(article|draft)$/.test(lower)) return 'article';
  return 'plaintext';
}
