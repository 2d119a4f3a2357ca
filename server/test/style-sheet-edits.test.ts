import { strict as assert } from 'node:assert';
import { parse } from 'jsonc-parser';
import { addWord, setDeskSpelling, styleSheetTemplate } from '../src/engine/style-sheet-edits';
import { parseConfig } from '../src/engine/config';
import { ruleIds } from '../src/rules/registry';

describe('writing to the desk style sheet', () => {
  it('starts a missing style sheet from the commented template', () => {
    const text = addWord('', 'Pulwama');
    assert.ok(text.startsWith('// The desk'));
    assert.deepEqual(parse(text).words, ['Pulwama']);
    assert.deepEqual(parseConfig(styleSheetTemplate, ruleIds).problems, []);
  });

  it('adds a word and keeps the desk’s comments, order and layout', () => {
    const before = '{\n    // names from the Kashmir file\n    "words": ["Pulwama"],\n    "rules": { "spelling": "error" } // strict\n}\n';
    const after = addWord(before, 'Balakot');
    assert.equal(after, '{\n    // names from the Kashmir file\n    "words": ["Pulwama", "Balakot"],\n    "rules": { "spelling": "error" } // strict\n}\n');
  });

  it('adds a words list when the sheet has none', () => {
    const after = addWord('{\n  "dialect": "en-GB"\n}\n', 'Gokhale');
    assert.deepEqual(parse(after), { dialect: 'en-GB', words: ['Gokhale'] });
  });

  it('does not add a word twice', () => {
    const before = '{ "words": ["Pulwama"] }';
    assert.equal(addWord(before, 'Pulwama'), before);
  });

  it('records a desk spelling for a name, next to what is there', () => {
    const before = '{\n  "names": {\n    "Jaish-e-Mohammed": ["JeM"]\n  }\n}\n';
    const after = setDeskSpelling(before, 'Jaish-e-Mohammed', 'Jaish-e-Muhammed');
    assert.deepEqual(parse(after).names, { 'Jaish-e-Mohammed': ['JeM', 'Jaish-e-Muhammed'] });
    const added = setDeskSpelling(after, 'Shah Mehmood Qureshi', 'Shah Mahmood Qureshi');
    assert.deepEqual(parse(added).names['Shah Mehmood Qureshi'], ['Shah Mahmood Qureshi']);
  });

  it('keeps Windows line endings', () => {
    const after = addWord('{\r\n  "words": [\r\n    "Pulwama"\r\n  ]\r\n}\r\n', 'Balakot');
    assert.ok(!/[^\r]\n/.test(after));
    assert.deepEqual(parse(after).words, ['Pulwama', 'Balakot']);
  });
});
