/**
 * Real news copy to measure on: PolNeAR's articles (see its README), read
 * from where they are — never copied into this project. Pass another folder
 * with COPYDESK_CORPUS to measure on your own archive.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const corpusDir = resolve(process.env.COPYDESK_CORPUS ?? join(__dirname, '..', '..', 'shared', 'data', 'polnear-train'));

export interface Article {
  name: string;
  text: string;
}

export function readArticles(limit = Infinity): Article[] {
  const folder = join(corpusDir, 'text');
  if (!existsSync(folder)) {
    throw new Error(`No corpus at ${folder}. Set COPYDESK_CORPUS to a checkout of PolNeAR's data/train (with text/ inside).`);
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/** Distinct articles, one paragraph per line as wire copy runs, until `words` is reached. */
export function buildLongDocument(words: number): { text: string; words: number } {
  let text = '';
  let count = 0;
  for (const article of readArticles()) {
    if (count >= words) break;
    text += article.text.replace(/\n{2,}/g, '\n').trim() + '\n';
    count += article.text.split(/\s+/).filter(Boolean).length;
  }
  return { text, words: count };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
