/**
 * Article text set inside Markdown (hovers, the Markdown report): it must read
 * as the words it is, never as a link, an image, a table break or raw HTML,
 * whatever a draft contains.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
