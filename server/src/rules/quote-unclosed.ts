/**
 * quote-unclosed — a quotation mark that opens and never closes.
 *
 * Does not flag:
 * - the convention for a quote that runs over several paragraphs: every
 *   paragraph opens a mark and only the last one closes;
 * - a continuation merged into one paragraph (“…26 weeks. “We are going…”);
 * - apostrophes and single marks left alone (Pakistan’s, rock ’n’ roll, ’90s).
 */
import type { Finding } from '../engine/findings';
import type { Rule } from './rule';

export const quoteUnclosed: Rule = {
  id: 'quote-unclosed',
  defaultSeverity: 'warning',
  description: 'A quote that opens and never closes.',
  docs:
    'Flags an opening quotation mark with no closing mark after it. A quote that runs over several paragraphs, opening a mark in each and closing only in the last, is the news convention and is not flagged. The fix closes the quote at the end of its paragraph, or, when the attribution was typed inside the quote (“Power will be back by Wednesday, Lopez said.), just before the attribution.',
  check(model) {
    const findings: Finding[] = [];
    for (const quote of model.quotes) {
      if (quote.closed) continue;
      const last = quote.parts[quote.parts.length - 1];
      const mark = last.open.text === '"' ? '"' : '”';
      const fixes = [{ title: 'Close the quote at the end of the paragraph', edits: [{ start: last.contentEnd, end: last.contentEnd, newText: mark }] }];
      if (quote.likelyEnd !== undefined && quote.attribution) {
        fixes.unshift({ title: `Close the quote before “${quote.attribution.mention.text} ${quote.attribution.cue.text}”`, edits: [{ start: quote.likelyEnd, end: quote.likelyEnd, newText: mark }] });
      }
      findings.push({
        rule: 'quote-unclosed',
        severity: 'warning',
        message: 'This quote opens here and never closes. Add a closing quotation mark where the quote ends.',
        start: last.open.start,
        end: last.open.end,
        fixes,
      });
    }
    return findings;
  },
};
