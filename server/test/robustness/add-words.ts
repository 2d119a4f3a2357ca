/**
 * A colleague's Copydesk adding words to the shared style sheet, run as its
 * own process by the concurrency test: node --import tsx add-words.ts SHEET START WORD...
 * It waits until START (ms since the epoch) so that every process writes at once.
 */
import { updateStyleSheet } from '../../src/desk-style-sheet';
import { addWord } from '../../src/engine/style-sheet-edits';

const [path, start, ...words] = process.argv.slice(2);
while (Date.now() < Number(start));
for (const word of words) updateStyleSheet(path, (text) => addWord(text, word));
