/**
 * The article report: what a desk editor reads before signing a story off.
 * The CLI's `report` and the JSON output's `report` object, and the editor's
 * report view, all render this one structure.
 */
import type { ArticleModel, ArticleStats } from './model';

export interface ArticleReport {
  stats: ArticleStats;
}

export function buildReport(model: ArticleModel): ArticleReport {
  return { stats: { ...model.stats } };
}
