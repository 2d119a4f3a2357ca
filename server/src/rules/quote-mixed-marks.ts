/**
 * quote-mixed-marks — straight (") and curly (“ ”) double quotation marks
 * in the same story's body. Copy pasted from a wire feed or a press release
 * keeps its straight marks while the reporter's editor types curly ones.
 *
 * Does not flag:
 * - the headline, where desks follow their own conventions (BBC-style
 *   single marks, straight marks from the CMS);
 * - a story that uses only one kind of mark throughout;
 * - apostrophes (Pakistan's next to “quote”): they are not quotation marks.
 */
import type { Edit, Finding } from '../engine/findings';
import type { Quote } from '../engine/quotes';
import type { Rule } from './rule';

export const quoteMixedMarks: Rule = {
  id: 'quote-mixed-marks',
  defaultSeverity: 'info',
  description: 'Straight and curly quotation marks mixed in one story.',
  docs:
    'Flags quotes typed with straight marks (") in a story whose other quotes use curly ones (“ ”). The headline is left to the desk’s own conventions. The fixes make this quote’s marks curly, or every straight quotation mark in the story.',
  check(model) {
    const body = model.quotes.filter((quote) => !quote.inHeadline && quote.mark === 'double');
    const straight = body.filter((quote) => quote.straight);
    if (straight.length === 0 || straight.length === body.length) return [];
    const everyEdit = straight.flatMap(curlyEdits);
    return straight.map((quote): Finding => {
      const open = quote.parts[0].open;
      return {
        rule: 'quote-mixed-marks',
        severity: 'info',
        message: 'Straight quotation marks here; the rest of the story uses curly ones (“ ”). Make them curly.',
        start: open.start,
        end: open.end,
        fixes: [
          { title: 'Make this quote’s marks curly', edits: curlyEdits(quote), preferred: true, safe: true },
          { title: 'Make every straight quotation mark in the story curly', edits: everyEdit },
        ],
      };
    });
  },
};

const curly: Record<string, Record<'open' | 'close', string>> = {
  '"': { open: '“', close: '”' },
  "'": { open: '‘', close: '’' },
};

function curlyEdits(quote: Quote): Edit[] {
  return quote.marks
    .filter((mark) => curly[mark.token.text])
    .map((mark) => ({ start: mark.token.start, end: mark.token.end, newText: curly[mark.token.text][mark.role] }));
}
