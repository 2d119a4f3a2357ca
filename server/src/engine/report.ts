/**
 * The article report: what a desk editor reads before signing a story off.
 * The CLI's `report` and the JSON output's `report` object, and the editor's
 * report view, all render this one structure.
 */
import type { ArticleModel, ArticleStats } from './model';
import type { NameKind } from './names';

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
  firstUse: number | null;
}

export interface ArticleReport {
  stats: ArticleStats;
  names: ReportName[];
  acronyms: ReportAcronym[];
}

export function buildReport(model: ArticleModel): ArticleReport {
  return { stats: { ...model.stats }, names: reportNames(model), acronyms: reportAcronyms(model) };
}

function reportNames(model: ArticleModel): ReportName[] {
  return model.names.entries.map((entry) => {
    const counts = new Map<string, number>();
    for (const mention of entry.mentions) {
      if (mention.text !== entry.canonical) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
    }
    return {
      canonical: entry.canonical,
      kind: entry.kind,
      mentions: entry.mentions.length,
      variants: [...counts].map(([text, count]) => ({ text, count })),
    };
  });
}

function reportAcronyms(model: ArticleModel): ReportAcronym[] {
  return model.acronyms.entries.map((entry) => ({
    acronym: entry.acronym,
    expansion: entry.definition?.expansion ?? null,
    definedAt: entry.definition?.start ?? null,
    firstUse: entry.uses[0]?.start ?? null,
  }));
}
