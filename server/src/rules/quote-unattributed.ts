/**
 * quote-unattributed — a direct quote nobody is named as saying.
 *
 * A quote has a speaker when a cue names one in its sentence (“…,” Bolton
 * said), in its paragraph (Bolton said in a tweet. “…”), in a colon lead-in,
 * or in the paragraph before when the quote opens a paragraph of its own (the
 * speaker quoted there goes on). See engine/attribution.ts.
 *
 * Does not flag:
 * - scare quotes and quoted titles: three words or fewer with no sentence
 *   punctuation (“Saturday Night Live”, the “undercard” debate); a short
 *   full sentence is still someone's (“That’s fine.”);
 * - partial quotes, quoted words inside the writer's own sentence (Clinton
 *   called the plan “a giveaway to the rich”): the sentence around them
 *   usually says whose they are in words no list of cues can hold;
 * - headline quotes: headlines quote words the story attributes (Pakistan
 *   assures US to deal 'firmly' with all terrorists).
 */
import type { Finding, Fix } from '../engine/findings';
import type { ArticleModel } from '../engine/model';
import type { Quote } from '../engine/quotes';
import type { Rule } from './rule';

/** Quoted titles and scare quotes are this short. */
const shortQuote = 3;

export const quoteUnattributed: Rule = {
  id: 'quote-unattributed',
  defaultSeverity: 'warning',
  description: 'A direct quote with no speaker.',
  docs:
    'Flags a quote when nobody is named as saying it: not in its sentence (“…,” Bolton said), not in its paragraph, not in a colon lead-in, and not by the paragraph before (a paragraph that is only a quote continues the speaker quoted just above). Leaves alone scare quotes and quoted titles of three words or fewer, partial quotes (a few quoted words inside the writer’s own sentence), and headlines. The fixes add an attribution after the quote: the last speaker named before it (“, Bolton said.”) or a placeholder to fill in (“, [who] said.”).',
  check(model) {
    const findings: Finding[] = [];
    for (const quote of model.quotes) {
      if (quote.attribution || !needsSpeaker(quote)) continue;
      const first = quote.parts[0];
      findings.push({
        rule: 'quote-unattributed',
        severity: 'warning',
        message: 'Nobody is named as saying this quote. Add who said it, as in “…,” Bolton said.',
        start: quote.start,
        end: first.close?.end ?? first.contentEnd,
      });
    }
    return findings;
  },
  // The fixes look back over the article for the last speaker: worked out when asked, not on every keystroke.
  resolve(finding, model) {
    const quote = model.quotes.find((q) => q.start === finding.start);
    return quote ? { ...finding, fixes: attributionFixes(quote, model) } : finding;
  },
};

function needsSpeaker(quote: Quote): boolean {
  if (quote.inHeadline) return false;
  if (quote.words <= shortQuote && !/[.!?,]$/.test(quote.text)) return false;
  return quote.kind === 'full';
}

/** “We will win.” → “We will win,” Bolton said. */
function attributionFixes(quote: Quote, model: ArticleModel): Fix[] {
  const last = quote.parts[quote.parts.length - 1];
  if (!last.close) return [];
  const { text } = model;
  const inside = text[last.close.start - 1] ?? '';
  const after = text.slice(last.close.end).match(/^[^\S\r\n]*(\S?)/)?.[1] ?? '';
  const sentenceGoesOn = after !== '' && !/[\p{Lu}“"‘']/u.test(after);
  const speakers = [lastSpeaker(quote, model), '[who]'].filter((s): s is string => s !== undefined);
  return speakers.map((speaker) => {
    const edits = [];
    if (inside === '.') edits.push({ start: last.close!.start - 1, end: last.close!.start, newText: ',' });
    const comma = inside === '.' || inside === ',' || inside === '?' || inside === '!' ? '' : ',';
    if (/^[.,;]$/.test(after)) {
      edits.push({ start: last.close!.end, end: last.close!.end, newText: `${comma} ${speaker} said` });
    } else {
      edits.push({ start: last.close!.end, end: last.close!.end, newText: `${comma} ${speaker} said${sentenceGoesOn ? ',' : '.'}` });
    }
    return {
      title: speaker === '[who]' ? 'Add “[who] said.” after the quote, to fill in' : `Attribute to ${speaker}: add “${speaker} said.” after the quote`,
      edits,
    };
  });
}

/** The last person or body named as speaking before the quote, as a later reference names them. */
function lastSpeaker(quote: Quote, model: ArticleModel): string | undefined {
  let found: string | undefined;
  for (const attribution of model.attributions) {
    if (attribution.cue.start >= quote.start) break;
    if (attribution.speakerKind === 'person') found = attribution.speaker.split(' ').pop();
    else if (attribution.speakerKind === 'body') found = attribution.speaker;
  }
  return found;
}
