/**
 * The article report: what a desk editor reads before signing a story off.
 * The CLI's `report` and the JSON output's `report` object, and the editor's
 * report view, all render this one structure.
 */
import { escapeMarkdown } from './markdown-text';
import { paragraphPlace, type ArticleModel, type ArticleStats, type Paragraph } from './model';
import type { NameEntry, NameKind } from './names';

export interface ReportName {
  canonical: string;
  kind: NameKind;
  mentions: number;
  /** Every other way the story writes the name: short forms, acronyms, misspellings. */
  variants: Array<{ text: string; count: number }>;
}

export interface ReportAcronym {
  acronym: string;
  expansion: string | null;
  definedAt: number | null;
  /** The first use, the definition's own acronym when it is never used again. */
  firstUse: number;
}

/** A quote as the report lists it: the words, where they are, who said them and by which cue. */
export interface ReportQuote {
  text: string;
  start: number;
  end: number;
  /** Resolved: "John Bolton" where the article says "he". Null when nobody is named. */
  speaker: string | null;
  /** "said", "said in a tweet", "according to", ":" for a colon lead-in; null when nobody is named. */
  cue: string | null;
}

export interface ArticleReport {
  stats: ArticleStats & { quotes: number };
  quotes: ReportQuote[];
  names: ReportName[];
  acronyms: ReportAcronym[];
}

export function buildReport(model: ArticleModel): ArticleReport {
  return {
    stats: { ...model.stats, quotes: model.quotes.length },
    quotes: model.quotes.map((quote) => ({
      text: quote.text,
      start: quote.start,
      end: quote.end,
      speaker: quote.attribution?.speaker ?? null,
      cue: quote.attribution?.cue.text ?? null,
    })),
    names: reportNames(model),
    acronyms: reportAcronyms(model),
  };
}

function reportNames(model: ArticleModel): ReportName[] {
  return model.names.entries.map((entry) => ({
    canonical: entry.canonical,
    kind: entry.kind,
    mentions: entry.mentions.length,
    variants: writtenForms(entry).filter((form) => form.text !== entry.canonical),
  }));
}

/** Each way the story writes the name, with how often, in order of first use. */
function writtenForms(entry: NameEntry): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const mention of entry.mentions) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count }));
}

/**
 * A name's register entry in a few lines of Markdown, for the editor's hover:
 * the full name, its title and kind, every way the story writes it, and
 * where it first appears.
 */
export function describeName(entry: NameEntry, paragraphs: readonly Paragraph[]): string {
  const kind = entry.title ? `${escapeMarkdown(entry.title)}; ${entry.kind}` : entry.kind;
  const forms = writtenForms(entry).map((form) => `“${escapeMarkdown(form.text)}” ×${form.count}`).join(', ');
  const first = entry.mentions.find((m) => !m.inHeadline) ?? entry.mentions[0];
  // Found in these paragraphs unless a check failed half way through them (the server then keeps its last result).
  const paragraph = paragraphs[first.paragraph];
  const where = paragraph ? ` First mentioned in ${paragraphPlace(paragraphs, paragraph)}.` : '';
  return `**${escapeMarkdown(entry.canonical)}** (${kind})\n\nWritten ${forms}.${where}`;
}

function reportAcronyms(model: ArticleModel): ReportAcronym[] {
  return model.acronyms.entries.map((entry) => ({
    acronym: entry.acronym,
    expansion: entry.definition?.expansion ?? null,
    definedAt: entry.definition?.start ?? null,
    firstUse: entry.uses[0]?.start ?? entry.definition?.acronymStart ?? 0,
  }));
}
