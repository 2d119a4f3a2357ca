import { strict as assert } from 'node:assert';
import { buildModel } from '../model';
import { defaultConfig } from '../config';
import { buildReport } from '../report';
import { describeQuote, quoteAt } from '../attribution';
import { readFixture } from '../../../test/fixtures';

const quotesOf = (text: string, languageId = 'plaintext', attributionVerbs: string[] = []) => buildModel(text, languageId, { ...defaultConfig, attributionVerbs }).quotes;
const speakers = (text: string, languageId = 'plaintext') => quotesOf(text, languageId).map((q) => [q.text, q.attribution?.speaker ?? null]);

describe('quotes in the article model', () => {
  describe('the seed article', () => {
    const text = readFixture('pulwama-draft.txt');

    it('finds its eight quotes, each with the speaker a desk editor would name', () => {
      assert.deepEqual(speakers(text), [
        ['firmly', 'John Bolton'],
        ['firmly', 'John Bolton'],
        ['Spoke with Pakistani FM Qureshi to encourage meaningful steps against JeM and other terrorist groups operating from Pakistan,', 'John Bolton'],
        ['The FM assured me that Pakistan would deal firmly with all terrorists and will continue steps to de-escalate tensions with India,', 'John Bolton'],
        ['recent regional developments.', 'Pakistan’s Foreign Office'],
        ['Secretary Pompeo and Foreign Secretary Gokhale discussed the importance of bringing those responsible for the (Pulwama) attack to justice and the urgency of Pakistan taking meaningful action against terrorist groups operating on its soil,', 'Robert Palladino'],
        ['They noted the strength of our partnership and discussed ways to further enhance cooperation, including on counter-terrorism,', 'Robert Palladino'],
        ['They agreed that Pakistan needs to take concerted action to dismantle the terrorist infrastructure and to deny safe haven to all terrorist groups in its territory. They also agreed that those who support or abet terrorism in any form should be held accountable,', 'Ministry of External Affairs'],
      ]);
    });

    it('reads the headline’s ‘firmly’ and the body’s “firmly” as partial quotes', () => {
      const [headline, body] = quotesOf(text);
      assert.equal(headline.kind, 'partial');
      assert.ok(headline.inHeadline);
      assert.equal(headline.mark, 'single');
      assert.equal(body.kind, 'partial');
      assert.equal(body.attribution?.cue.text, 'according to');
    });

    it('resolves “he said” to John Bolton and “the statement said” to the ministry that issued it', () => {
      const quotes = quotesOf(text);
      assert.equal(quotes[3].attribution?.mention.text, 'he');
      assert.equal(quotes[7].attribution?.mention.text, 'the statement');
    });

    it('does not read Pakistan’s or Kashmir’s as quotation marks', () => {
      assert.ok(quotesOf(text).every((q) => !q.text.startsWith('s ')));
    });

    it('reads the same quotes from the Markdown copy', () => {
      assert.deepEqual(speakers(readFixture('pulwama-draft.md'), 'markdown'), speakers(text));
    });

    it('puts them in the report with speaker and cue', () => {
      const report = buildReport(buildModel(text, 'plaintext'));
      assert.equal(report.stats.quotes, 8);
      assert.deepEqual(report.quotes[2], {
        text: 'Spoke with Pakistani FM Qureshi to encourage meaningful steps against JeM and other terrorist groups operating from Pakistan,',
        start: text.indexOf('“Spoke'),
        end: text.indexOf(' Bolton said in a tweet'),
        speaker: 'John Bolton',
        cue: 'said in a tweet',
      });
      assert.deepEqual(
        report.quotes.map((q) => q.cue),
        [':', 'according to', 'said in a tweet', 'said', 'said', 'said', 'said', 'said'],
      );
    });
  });

  describe('quotation marks and apostrophes', () => {
    it('leaves apostrophes alone: Pakistan’s, rock ’n’ roll, the ’90s, the players’ union', () => {
      assert.deepEqual(quotesOf('Pakistan’s team played rock ’n’ roll in the ’90s, the players’ union said. Jones\' car was in the ‘90s style.'), []);
    });

    it('pairs straight double marks by the spaces around them', () => {
      const [quote] = quotesOf('"We will rebuild the bridge," Okafor said.');
      assert.equal(quote.text, 'We will rebuild the bridge,');
      assert.ok(quote.straight && quote.closed);
    });

    it('keeps a quote within a quote inside the outer one', () => {
      const quotes = quotesOf('“He told me ‘never’ and walked out,” Nand said.');
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].marks.filter((m) => m.inner).length, 2);
      assert.equal(quotes[0].attribution?.speaker, 'Nand');
    });

    it('reads British single marks as quotes', () => {
      const [quote] = quotesOf('‘We will not reopen the bridge this year,’ the mayor said.');
      assert.equal(quote.mark, 'single');
      assert.equal(quote.attribution?.mention.text, 'the mayor');
    });
  });

  describe('quotes over several paragraphs', () => {
    const text = readFixture('quotes-attributed.txt');

    it('reads the convention (open each paragraph, close at the last) as one closed quote', () => {
      const quote = quotesOf(text).find((q) => q.text.startsWith('Half my customers'))!;
      assert.equal(quote.parts.length, 2);
      assert.ok(quote.closed);
      assert.equal(quote.attribution?.speaker, 'Priya Nand');
      assert.equal(quote.attributedBy, 'lead-in');
    });

    it('reads a continuation merged into one paragraph as one quote', () => {
      const quotes = quotesOf('“We will build it in 26 weeks. “We are going to start on Monday,” said the contractor, Ana Ruiz.');
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].parts.length, 2);
      assert.ok(quotes[0].closed);
      assert.equal(quotes[0].attribution?.speaker, 'Ana Ruiz');
    });

    it('marks a quote that never closes', () => {
      const [quote] = quotesOf('“We will build it in 26 weeks.\nThe council has not replied.');
      assert.equal(quote.closed, false);
    });
  });

  describe('kinds of quote', () => {
    it('tells full quotes, partial quotes and titles apart', () => {
      const quotes = quotesOf('“We are closing the bridge,” Okafor said. She called it “the hardest call of my term.” The report, “Bridging the Gap,” came out in May.');
      assert.deepEqual(quotes.map((q) => q.kind), ['full', 'partial', 'title']);
    });
  });

  describe('speakers', () => {
    const text = readFixture('quotes-attributed.txt');
    const byStart = (start: string) => quotesOf(text).find((q) => q.text.startsWith(start))!;

    it('names the speaker before or after the quote, in either order', () => {
      assert.equal(byStart('We cannot ask').attribution?.speaker, 'Grace Okafor');
      assert.equal(byStart('The bridge has carried').attribution?.speaker, 'Dev Raman');
      assert.equal(byStart('We will be there').attribution?.speaker, 'Tom Erskine');
    });

    it('gives both halves of a split quote the same speaker', () => {
      assert.equal(byStart('And we expect answers').attribution?.speaker, 'Tom Erskine');
      assert.equal(byStart('not another consultation').attribution?.speaker, 'Tom Erskine');
    });

    it('lets a paragraph’s speaker go on speaking in that paragraph', () => {
      const quote = byStart('The engineers were clear');
      assert.equal(quote.attribution?.speaker, 'Grace Okafor');
      assert.equal(quote.attributedBy, 'paragraph');
    });

    it('resolves a title (“the mayor”) and a document (“the statement”) to who they stand for', () => {
      assert.equal(byStart('No.').attribution?.speaker, 'Grace Okafor');
      assert.equal(byStart('Buses on routes').attribution?.speaker, 'the transport department');
    });

    it('takes the speaker from the headline tag', () => {
      const quote = quotesOf(text)[0];
      assert.equal(quote.text, 'unsafe');
      assert.equal(quote.attribution?.speaker, 'Grace Okafor');
      assert.equal(quote.attributedBy, 'headline');
    });

    it('gives a headline quote the speaker of the same words in the story', () => {
      const [headline] = quotesOf('Council to close ‘unsafe’ bridge\nThe bridge is “unsafe,” Mayor Grace Okafor said on Tuesday.');
      assert.equal(headline.attribution?.speaker, 'Grace Okafor');
      assert.equal(headline.attributedBy, 'headline');
    });

    it('continues the speaker of a quote into a paragraph that is only a quote', () => {
      const [, second] = quotesOf('Bridge row\n“The bridge is safe,” Raman said.\n“I have driven over it every day for 20 years.”');
      assert.equal(second.attribution?.speaker, 'Raman');
      assert.equal(second.attributedBy, 'previous-paragraph');
    });

    it('does not continue a speaker who was only paraphrased', () => {
      const [quote] = quotesOf('Bridge row\nRaman said the bridge was safe.\n“I have driven over it every day for 20 years.”');
      assert.equal(quote.attribution, undefined);
    });

    it('accepts the desk’s own cues from the style sheet', () => {
      const text = 'Ana Ruiz reminisced about the night. “It was the longest shift of my life.”';
      assert.equal(quotesOf(text)[0].attribution, undefined);
      assert.equal(quotesOf(text, 'plaintext', ['reminisced'])[0].attribution?.speaker, 'Ana Ruiz');
    });
  });

  describe('hover text', () => {
    it('says who said the quote under the cursor and by which cue', () => {
      const text = readFixture('pulwama-draft.txt');
      const model = buildModel(text, 'plaintext');
      const quote = quoteAt(model.quotes, text.indexOf('The FM assured'));
      assert.equal(describeQuote(quote!), 'Said by John Bolton (“he”): cue “said”.');
      assert.equal(quoteAt(model.quotes, text.indexOf('Tensions flared')), undefined);
    });
  });
});
