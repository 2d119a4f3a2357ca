/**
 * quote-mixed-marks — straight (") and curly (“ ”) double quotation marks
 * in the same story's body. Copy pasted from a wire feed or a press release
 * keeps its straight marks while the reporter's editor types curly ones.
 *
 * Does not flag:
 * - the headline, where desks follow their own conventions (BBC-style
 *   single marks, straight marks from the CMS);
 * - a story that uses only straight marks throughout (a wire feed's house
 *   style); one curly mark anywhere in the body makes every straight one
 *   stand out, also inside a quote that opens curly and closes straight;
 * - apostrophes (Pakistan's next to “quote”): they are not quotation marks.
 */
import type { Edit, Finding } from '../engine/findings';
import type { ArticleModel } from '../engine/model';
import type { Quote } from '../engine/quotes';
import type { Rule } from './rule';

const maxQuotesForStoryWideFix = 100;

export const quoteMixedMarks: Rule = {
  id: 'quote-mixed-marks',
  defaultSeverity: 'info',
  description: 'Straight and curly quotation marks mixed in one story.',
  docs:
    'Flags quotes typed with straight marks (") in a story whose other quotes use curly ones (“ ”), and a quote that opens with one kind and closes with the other. The headline is left to the desk’s own conventions. The fixes make this quote’s marks curly, or every straight quotation mark in the story (offered when two to 100 quotes have straight marks: with one it is the same fix, and past 100 a find-and-replace serves better).',
  check(model) {
    const withStraight = quotesToMakeCurly(model.quotes);
    return withStraight.map((quote): Finding => {
      const open = quote.parts[0].open;
      const mixedInside = quote.straightMarks < quote.marks.length;
      return {
        rule: 'quote-mixed-marks',
        severity: 'info',
        message: mixedInside
          ? 'This quote mixes straight (") and curly (“ ”) marks. Make them curly.'
          : 'Straight quotation marks here; the rest of the story uses curly ones (“ ”). Make them curly.',
        start: open.start,
        end: open.end,
      };
    });
  },
  // The fixes list every straight mark of the story: worked out when asked, not on every keystroke.
  resolve(finding, model) {
    const { byStart, everyEdit } = curlyFixesOf(model);
    const quote = byStart.get(finding.start);
    if (!quote) return finding;
    return {
      ...finding,
      fixes: [
        { title: 'Make this quote’s marks curly', edits: curlyEdits(quote), preferred: true, safe: true },
        ...(everyEdit ? [{ title: 'Make every straight quotation mark in the story curly', edits: everyEdit }] : []),
      ],
    };
  },
};

/**
 * What every finding's fixes need, worked out once for a check: "Fix All
 * Safe Problems" and the CLI's JSON resolve every finding, and a wire story
 * pasted in can have thousands. Kept by the check's model, not its list of
 * quotes, which a check after an edit may share (their offsets moved).
 */
const curlyFixes = new WeakMap<ArticleModel, { byStart: Map<number, Quote>; everyEdit: Edit[] | undefined }>();

function curlyFixesOf(model: ArticleModel): { byStart: Map<number, Quote>; everyEdit: Edit[] | undefined } {
  let known = curlyFixes.get(model);
  if (known) return known;
  const withStraight = quotesToMakeCurly(model.quotes);
  // The story-wide fix rides on every finding: with one quote it repeats the quote's own fix, and
  // with thousands (pasted wire copy, hostile text) each finding would carry every edit of the story.
  const everyEdit = withStraight.length > 1 && withStraight.length <= maxQuotesForStoryWideFix ? withStraight.flatMap(curlyEdits) : undefined;
  known = { byStart: new Map(withStraight.map((quote) => [quote.parts[0].open.start, quote])), everyEdit };
  curlyFixes.set(model, known);
  return known;
}

/** The body's double quotes with a straight mark, in a story with a curly one in its body; else none. */
function quotesToMakeCurly(quotes: readonly Quote[]): Quote[] {
  const body = quotes.filter((quote) => !quote.inHeadline && quote.mark === 'double');
  // A story with any curly mark in its body is a curly story: every straight mark in it stands out.
  const withStraight = body.filter((quote) => quote.straightMarks > 0);
  if (withStraight.length === 0 || !body.some((quote) => quote.straightMarks < quote.marks.length)) return [];
  return withStraight;
}

const curly: Record<string, Record<'open' | 'close', string>> = {
  '"': { open: '“', close: '”' },
  "'": { open: '‘', close: '’' },
};

function curlyEdits(quote: Quote): Edit[] {
  return quote.marks
    .filter((mark) => curly[mark.token.text])
    .map((mark) => ({ start: mark.token.start, end: mark.token.end, newText: curly[mark.token.text][mark.role] }));
}
