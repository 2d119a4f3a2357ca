/**
 * The article report: what a desk editor reads before signing a story off.
 * The CLI's `report` and the JSON output's `report` object, and the editor's
 * report view, all render this one structure.
 */
import type { ArticleModel, ArticleStats } from './model';

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
  };
}
