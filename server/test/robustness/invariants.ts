/**
 * What must hold for every finding of every rule on any draft, stated once
 * so the engine's and the server's property tests check the same promises.
 * Rules are never named here: a rule added tomorrow is held to them too.
 */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, resolveFinding, type CheckResult } from '../../src/engine/check';
import { applyEdits, safeFixEdits } from '../../src/engine/edits';
import type { Edit, Finding } from '../../src/engine/findings';
import type { CopydeskConfig } from '../../src/engine/config';
import { rules } from '../../src/rules/registry';
import { sharedDictionaries } from '../../src/dictionaries';

/** Every rule switched on, so a rule that is off by default is checked too. */
export const everyRuleOn: CopydeskConfig = {
  dialect: 'auto',
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])),
  words: [],
  names: {},
  acronyms: { known: [] },
  attributionVerbs: [],
};

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of one emoji (or other astral character). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** A range that lies in the text, is not reversed, cuts no character in half, and that LSP can express. */
export function assertSoundRange(text: string, document: TextDocument, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}-${end} are whole numbers`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: ${start}-${end} lies inside a text of ${text.length}`);
  for (const offset of [start, end]) {
    assert.ok(!splitsSurrogatePair(text, offset), `${what}: offset ${offset} splits a surrogate pair`);
    const position = document.positionAt(offset);
    assert.equal(document.offsetAt(position), offset, `${what}: offset ${offset} survives the trip to LSP position ${JSON.stringify(position)} and back`);
  }
}

/** The edits of one fix: each sound, none overlapping, and the fix changes the text. */
export function assertSoundFix(text: string, document: TextDocument, edits: readonly Edit[], what: string): string {
  assertSoundEdits(text, document, edits, what);
  return applyEdits(text, edits);
}

/**
 * A fix's edits are sound: real ranges, no overlaps, and applied they change
 * the text, only where they say. Checked on the stretch of text the edits
 * span, so that a draft with thousands of fixes is not copied once per fix.
 */
export function assertSoundEdits(text: string, document: TextDocument, edits: readonly Edit[], what: string): void {
  assert.ok(edits.length > 0, `${what}: a fix with no edits`);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [index, edit] of sorted.entries()) {
    assertSoundRange(text, document, edit.start, edit.end, `${what}, edit ${index}`);
    assert.equal(typeof edit.newText, 'string', `${what}, edit ${index}: newText is text`);
    const next = sorted[index + 1];
    if (next) assert.ok(edit.end <= next.start && !(edit.start === next.start && edit.start === edit.end), `${what}: edits ${index} and ${index + 1} overlap`);
  }
  const from = sorted[0].start;
  const to = Math.max(...sorted.map((edit) => edit.end));
  const shifted = sorted.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from }));
  const before = text.slice(from, to);
  const after = applyEdits(before, shifted);
  assert.notEqual(after, before, `${what}: the fix changes nothing (it would be offered forever)`);
  assertOnlyEditedRangesChanged(before, after, shifted);
}

/** Outside its edits' ranges a fix leaves every character where it was. */
export function assertOnlyEditedRangesChanged(before: string, after: string, sortedEdits: readonly Edit[]): void {
  let from = 0;
  let at = 0;
  for (const edit of sortedEdits) {
    const kept = before.slice(from, edit.start);
    assert.equal(after.slice(at, at + kept.length), kept, `text before ${edit.start} is untouched`);
    at += kept.length;
    assert.equal(after.slice(at, at + edit.newText.length), edit.newText, `edit at ${edit.start} inserts its own text`);
    at += edit.newText.length;
    from = edit.end;
  }
  assert.equal(after.slice(at), before.slice(from), 'text after the last edit is untouched');
}

/**
 * Checks a draft and holds every finding, resolved with its fixes, to the
 * promises above. Returns the resolved findings for further checks.
 */
export function checkSoundly(text: string, languageId: string, config: CopydeskConfig = everyRuleOn): { result: CheckResult; findings: Finding[] } {
  const result = check(text, { languageId, config, dictionaries: sharedDictionaries() });
  const document = TextDocument.create('file:///draft', languageId, 1, text);
  assertSoundModel(text, result);
  const findings = result.findings.map((finding) => resolveFinding(finding, result, config));
  for (const [index, finding] of findings.entries()) {
    const what = `${finding.rule} finding ${index} (${JSON.stringify(text.slice(finding.start, finding.end))})`;
    assert.ok(rules.some((rule) => rule.id === finding.rule), `${what}: its rule is registered`);
    assert.ok(['error', 'warning', 'info'].includes(finding.severity), `${what}: a severity`);
    assert.ok(typeof finding.message === 'string' && finding.message.trim() !== '', `${what}: a message`);
    assertSoundRange(text, document, finding.start, finding.end, what);
    for (const [fixIndex, fix] of (finding.fixes ?? []).entries()) {
      assert.ok(fix.title.trim() !== '', `${what}, fix ${fixIndex}: a title`);
      assertSoundEdits(text, document, fix.edits, `${what}, fix “${fix.title}”`);
    }
  }
  return { result, findings };
}

/** The model's tokens are where they say they are: a rule that trusts them edits the right text. */
export function assertSoundModel(text: string, result: CheckResult): void {
  const { model } = result;
  let last = -1;
  for (const sentence of model.sentences) {
    assert.ok(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= text.length, `sentence ${sentence.index} lies inside the text`);
    for (const token of sentence.tokens) {
      const source = text.slice(token.start, token.end);
      if (model.languageId !== 'markdown') assert.equal(source, token.text, `a ${token.kind} token at ${token.start} holds the text it points at`);
      else assertMarkdownToken(source, token.text, token.start);
      assert.ok(token.start >= last, `tokens come in source order (at ${token.start})`);
      last = token.start;
    }
  }
  for (const paragraph of model.paragraphs) {
    assert.ok(0 <= paragraph.start && paragraph.start <= paragraph.end && paragraph.end <= text.length, `paragraph ${paragraph.index} lies inside the text`);
  }
}

/**
 * In Markdown a token's source may hold more than its text: "\\*" reads "*",
 * "&amp;" reads "&", and a word may run across emphasis ("**Bolton**'s").
 * But it starts where its text starts and ends where its text ends, so an
 * edit aimed at it lands on it.
 */
function assertMarkdownToken(source: string, text: string, start: number): void {
  if (source === text) return;
  const same = (a: string | undefined, b: string | undefined) => a === b || (a === '\u0000' && b === '\ufffd');
  assert.ok(same(source[0], text[0]) || source[0] === '\\' || source[0] === '&', `the token at ${start} starts where its text “${text}” starts, not at ${JSON.stringify(source)}`);
  assert.ok(same(source.at(-1), text.at(-1)) || /&[#\w]+;$/.test(source), `the token at ${start} ends where its text “${text}” ends, not at ${JSON.stringify(source)}`);
}

/**
 * Applies every safe fix and checks again, as "Fix All Safe Problems" pressed
 * repeatedly would, until nothing is left to fix. Returns the rounds it took;
 * fails if fixes keep coming back (a fix loop).
 */
export function fixAllSafeUntilDone(text: string, languageId: string, maxRounds: number, config: CopydeskConfig = everyRuleOn): number {
  let current = text;
  for (let round = 0; round < maxRounds; round++) {
    const { findings } = checkSoundly(current, languageId, config);
    const edits = safeFixEdits(findings);
    if (edits.length === 0) return round;
    const document = TextDocument.create('file:///draft', languageId, 1, current);
    current = assertSoundFix(current, document, edits, `safe fixes of round ${round + 1}`);
  }
  assert.fail(`safe fixes still offered after ${maxRounds} rounds: a fix loop`);
}
