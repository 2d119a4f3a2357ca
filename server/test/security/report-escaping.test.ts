/**
 * The report shows the draft's own words — quotes, names, the text of every
 * problem — and a draft can hold anything: a pasted <script>, an <img
 * onerror>, a javascript: link. In the report view, the HTML export and the
 * Markdown export they are text, never markup; the view's page runs only its
 * own script, by nonce, and loads nothing from anywhere.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { check } from '../../src/engine/check';
import type { ReportDocument } from '../../src/report/report-document';
import { buildReportDocument } from '../../src/report/report-document';
import { renderReportHtml, renderReportHtmlBody, renderReportMarkdown } from '../../src/report/render';
import { ruleIds } from '../../src/rules/registry';
import { newNonce, reportPage } from '../../../client/src/report-page';
import { everyRuleOn } from '../robustness/invariants';
import { holds, hostileDraft, languageId, propertyRuns } from '../robustness/hostile-drafts';
import { sharedDictionaries } from '../../src/dictionaries';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '</td></tr></table><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '&lt;script&gt;',
  '{{constructor.constructor("alert(1)")()}}',
  '| broken | table |\n# heading\n',
  '`code` **bold** _em_ \\ \\| <b>',
  '\u0000\u202e\ud800',
];

const hostileText = fc.oneof(fc.constantFrom(...payloads), fc.string({ unit: 'binary', maxLength: 30 }), fc.tuple(fc.constantFrom(...payloads), fc.string({ maxLength: 10 })).map(([a, b]) => a + b));
const offset = fc.nat({ max: 10_000 });

/** A report with hostile text in every field a draft can reach, including sections rules have yet to fill. */
const hostileReport: fc.Arbitrary<ReportDocument> = fc.record({
  title: hostileText,
  report: fc.record({
    stats: fc.record({ words: fc.nat(), sentences: fc.nat(), paragraphs: fc.nat() }),
    quotes: fc.array(fc.record({ text: hostileText, start: offset, end: offset, speaker: fc.option(hostileText, { nil: null }), cue: fc.option(hostileText, { nil: null }) }), { maxLength: 3 }),
    names: fc.array(fc.record({ canonical: hostileText, kind: hostileText, mentions: fc.nat(), variants: fc.array(fc.record({ text: hostileText, count: fc.nat() }), { maxLength: 2 }) }), { maxLength: 3 }),
    acronyms: fc.array(fc.record({ acronym: hostileText, expansion: fc.option(hostileText, { nil: null }), definedAt: fc.option(offset, { nil: null }), firstUse: offset }), { maxLength: 3 }),
  }),
  findings: fc.array(
    fc.record({ rule: fc.constantFrom(...ruleIds), severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const), message: hostileText, text: hostileText, start: offset, end: offset, line: fc.nat(), character: fc.nat() }),
    { maxLength: 4 },
  ),
  rules: fc.dictionary(fc.constantFrom(...ruleIds), hostileText),
}) as fc.Arbitrary<ReportDocument>;

const bodyTags = new Set(['h1', 'h2', 'h3', 'p', 'strong', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'q', 'span']);
const bodyAttributes: Record<string, RegExp> = { class: /^[a-z ]*$/, tabindex: /^0$/, 'data-start': /^\d+$/, 'data-end': /^\d+$/, scope: /^col$/ };

/** Every `<` opens a tag the renderer writes, with only the renderer's attributes: nothing from the draft is markup. */
function assertOnlyRendererMarkup(html: string, tags: Set<string>, attributes: Record<string, RegExp>): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>/y;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    tag.lastIndex = at;
    const match = tag.exec(html);
    assert.ok(match, `markup the renderer did not write, at: ${JSON.stringify(html.slice(at, at + 60))}`);
    assert.ok(tags.has(match[2].toLowerCase()), `a <${match[2]}> tag`);
    for (const [, name, value] of match[3].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
      assert.ok(name in attributes, `an attribute ${name} on <${match[2]}>`);
      assert.match(value ?? '', attributes[name], `${name}="${value}"`);
    }
  }
  assert.ok(!/javascript:/i.test(html.replace(/>[^<]*</g, '><')), 'no javascript: in markup');
}

/** A Markdown table whose rows each have as many cells as its head: a draft's "|" never adds a column. */
function assertTablesHold(markdown: string): void {
  const unescapedPipes = (line: string) => [...line.matchAll(/(\\*)\|/g)].filter((m) => m[1].length % 2 === 0).length;
  let columns: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    columns ??= unescapedPipes(line);
    assert.equal(unescapedPipes(line), columns, `a row with the wrong number of cells: ${line}`);
  }
  assert.ok(!/<|>/.test(markdown), 'no raw < or > (no HTML, no autolinks) in the Markdown');
}

const headTags = new Set(['html', 'head', 'meta', 'style', 'title', 'body', 'main', 'div', 'button', 'script', '!doctype', ...bodyTags]);

/** The page's policy: nothing loads from anywhere; the only script and styles are the page's own. */
function assertLockedPage(page: string, nonce: string | undefined): void {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  assert.ok(csp, 'a Content-Security-Policy');
  assert.ok(page.indexOf('Content-Security-Policy') < page.search(/<style|<script/), 'the policy comes before any style or script');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  for (const [name, sources] of Object.entries(directives)) {
    for (const source of sources) {
      assert.ok(!/unsafe-eval|\*|https?:|data:|blob:/.test(source), `${name} allows ${source}`);
      if (name === 'script-src') assert.equal(source, `'nonce-${nonce}'`, 'scripts only by this page’s nonce');
    }
  }
  const scripts = [...page.matchAll(/<script([^>]*)>/g)];
  if (nonce === undefined) assert.equal(scripts.length, 0, 'an exported page has no script');
  for (const [, attributes] of scripts) assert.equal(attributes.trim(), `nonce="${nonce}"`);
  if (nonce !== undefined) for (const [, attributes] of page.matchAll(/<style([^>]*)>/g)) assert.equal(attributes.trim(), `nonce="${nonce}"`);
  const markup = [...page.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').matchAll(/<[^>]*>/g)].map(([tag]) => tag);
  for (const tag of markup) {
    assert.ok(headTags.has(/^<\/?([!a-zA-Z0-9]+)/.exec(tag)?.[1].toLowerCase() ?? ''), `a ${tag} tag in the page`);
    assert.ok(!/\son[a-z]+\s*=/i.test(tag), `an inline event handler: ${tag}`);
    assert.ok(!/\s(src|href|action|formaction|srcset|background)\s*=/i.test(tag), `a resource or link attribute: ${tag}`);
  }
}

describe('the report with hostile drafts', function () {
  this.timeout(60_000);

  it('writes every field of the report as text, never markup (HTML body)', () => {
    holds(fc.property(hostileReport, (report) => assertOnlyRendererMarkup(renderReportHtmlBody(report), bodyTags, bodyAttributes)), propertyRuns(200));
  });

  it('keeps Markdown tables whole and free of HTML', () => {
    holds(fc.property(hostileReport, (report) => assertTablesHold(renderReportMarkdown(report))), propertyRuns(200));
  });

  it('locks down the exported HTML page', () => {
    holds(fc.property(hostileReport, (report) => assertLockedPage(renderReportHtml(report), undefined)), propertyRuns(50));
  });

  it('locks down the report view’s page, with a fresh nonce each time', () => {
    holds(
      fc.property(hostileReport, (report) => {
        const nonce = newNonce();
        assert.ok(Buffer.from(nonce, 'base64').length >= 16, 'a nonce of 128 bits');
        assertLockedPage(reportPage(report, nonce), nonce);
        const main = /<main>([\s\S]*)<\/main>/.exec(reportPage(report, nonce))?.[1] ?? '';
        assertOnlyRendererMarkup(main, bodyTags, bodyAttributes);
      }),
      propertyRuns(50),
    );
    assert.notEqual(newNonce(), newNonce());
  });

  it('reports real hostile drafts, checked by every rule, as text', () => {
    holds(
      fc.property(hostileDraft, fc.constantFrom(...payloads), languageId, (draft, payload, language) => {
        const text = `${payload}\n${draft} the the ${payload} “${payload},” he said.\n`;
        const result = check(text, { languageId: language, config: everyRuleOn, dictionaries: sharedDictionaries() });
        const report = buildReportDocument(`${payload}.txt`, text, result, result.findings);
        assertOnlyRendererMarkup(renderReportHtmlBody(report), bodyTags, bodyAttributes);
        assertTablesHold(renderReportMarkdown(report));
        assertLockedPage(reportPage(report, 'bm9uY2Utbm9uY2Utbm9uY2U='), 'bm9uY2Utbm9uY2Utbm9uY2U=');
      }),
      propertyRuns(60),
    );
  });
});
