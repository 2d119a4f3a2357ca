/**
 * Copydesk in a real VS Code: the packaged .vsix installed into code-server,
 * driven through Chromium as a copy editor would use it. Every check reads
 * what the page shows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { drafts, expectedFindings, forbiddenFindings, matchesMessage, quickFixes, strictDrafts, type DraftName, type ExpectedFinding } from './expectations';
import { CodeServer } from './harness/code-server';
import { logsDir, repoRoot } from './harness/paths';
import { waitFor, withRestore } from './harness/processes';
import { formatRow, Workbench, type ProblemRow } from './harness/workbench';

const isCopydesk = (row: ProblemRow) => row.source === 'Copydesk';
const matches = (row: ProblemRow, expected: ExpectedFinding) =>
  isCopydesk(row) && row.file === expected.file && row.code === expected.rule && row.severity === expected.severity &&
  row.line === expected.line && row.col === expected.col && matchesMessage(row.message, expected.message);

const deskCopy = 'desk-copy.txt';

describe('Copydesk in VS Code (code-server + Chromium)', function () {
  this.timeout(180_000);

  let workspace: string;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  before(async function () {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-workspace-'));
    for (const draft of Object.values(drafts)) fs.copyFileSync(path.join(repoRoot, draft.source), path.join(workspace, draft.name));
    // For "Fix All Safe Problems", which leaves the desk draft as its own tests need it.
    // (Here from the start: Quick Open does not find a file made while it runs at once.)
    fs.copyFileSync(path.join(repoRoot, drafts.desk.source), path.join(workspace, deskCopy));
    fs.mkdirSync(logsDir, { recursive: true });
    server = await CodeServer.start({ workspace });
    workbench = await Workbench.open(server.url, path.join(logsDir, 'browser-console.log'));
    await workbench.screenshot('00-workbench');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      await workbench.screenshot(`failed-${this.currentTest.title}`).catch(() => undefined);
    }
  });

  after(async function () {
    await workbench?.close();
    await server?.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  const wb = () => {
    assert.ok(workbench, 'the workbench did not open');
    return workbench;
  };

  // The desk draft first: its findings show the server is up before the seed is judged by what it lacks.
  for (const draft of [drafts.desk, drafts.seed]) {
    it(`shows the expected findings of ${draft.name} in the Problems panel`, async function () {
      const w = wb();
      await w.openFile(draft.name);
      const expected = expectedFindings.filter((finding) => finding.file === draft.name);
      const rows = await w.waitForProblems(
        `${expected.length} expected Copydesk findings in ${draft.name}`,
        (shown) => expected.every((finding) => shown.some((row) => matches(row, finding))),
      );
      // Let a late publish land before judging what must not be there.
      await new Promise((resolve) => setTimeout(resolve, expected.length === 0 ? 5000 : 1000));
      const settled = await w.problemsPanelRows();
      await w.screenshot(`problems-${draft.name}`);
      if (draft === drafts.desk) {
        // The README's first picture: the desk draft, wrapped, its squiggles and the Problems panel.
        await w.runCommand('View: Toggle Word Wrap');
        await w.goToLine(5, 58);
        await w.screenshot('squiggles', { readme: true });
        await w.runCommand('View: Toggle Word Wrap');
      }
      for (const forbidden of forbiddenFindings.filter((finding) => finding.file === draft.name)) {
        const offending = settled.filter((row) => isCopydesk(row) && row.file === draft.name && row.code === forbidden.rule && matchesMessage(row.message, forbidden.message));
        assert.deepEqual(offending.map(formatRow), [], `must not show ${forbidden.rule} ${forbidden.message ?? ''}`);
      }
      const unlisted = settled.filter((row) => isCopydesk(row) && row.file === draft.name && !expected.some((finding) => matches(row, finding)));
      if (strictDrafts.includes(draft.name)) {
        // DESIGN.md, "The seed article": "with nothing else at warning level".
        assert.deepEqual(unlisted.filter((row) => row.severity !== 'info').map(formatRow), [], `${draft.name} shows warnings or errors e2e/expectations.ts does not list`);
      }
      if (unlisted.length > 0) console.log(`      (not in e2e/expectations.ts yet: ${unlisted.map(formatRow).join('; ')})`);
      assert.ok(expected.every((finding) => rows.some((row) => matches(row, finding))));
    });
  }

  it('marks a word typed twice as it is typed, and forgets it on undo', async function () {
    const w = wb();
    await w.openFile(drafts.desk.name);
    await w.goToLine(3, 1);
    await w.page.keyboard.press('End');
    await w.page.keyboard.type(' It was was late.');
    const typed = await w.waitForProblems('a new repeated-word finding on line 3', (rows) =>
      rows.some((row) => isCopydesk(row) && row.file === drafts.desk.name && row.code === 'repeated-word' && row.line === 3 && row.message.includes('“was”')),
    );
    assert.ok(typed.length > 0);
    await w.screenshot('typed-repeated-word');
    await w.runCommand('File: Revert File');
    await w.waitForProblems('the typed finding to go', (rows) =>
      !rows.some((row) => row.file === drafts.desk.name && row.line === 3 && row.code === 'repeated-word'),
    );
    assert.equal(fs.readFileSync(path.join(workspace, drafts.desk.name), 'utf8'), fs.readFileSync(path.join(repoRoot, drafts.desk.source), 'utf8'));
  });

  for (const fix of quickFixes) {
    it(`applies "${fix.title}" on ${fix.file}:${fix.line}:${fix.col} through the ${fix.via === 'lightbulb' ? 'light bulb' : 'keyboard (Ctrl+.)'}`, async function () {
      const w = wb();
      await w.openFile(fix.file);
      const isTarget = (row: ProblemRow) => isCopydesk(row) && row.file === fix.file && row.code === fix.rule && row.line === fix.line && row.col === fix.col;
      await w.waitForProblems(`${fix.rule} at ${fix.line}:${fix.col}`, (rows) => rows.some(isTarget));
      await w.revealProblem(isTarget);
      // The cursor inside the word, as a person clicks it: VS Code asks for the light bulb on a cursor move.
      await w.goToLine(fix.line, fix.col + 1);
      await w.applyQuickFix(fix.title, fix.via);

      const text = await w.waitForEditorText(`line ${fix.line} fixed`, (shown) => shown.split('\n')[fix.line - 1] === fix.lineAfter);
      assert.equal(text.split('\n')[fix.line - 1], fix.lineAfter);
      await w.waitForProblems(`the ${fix.rule} finding at ${fix.line}:${fix.col} to go`, (rows) => !rows.some(isTarget));
      await w.screenshot(`fixed-${fix.file}-${fix.line}`);

      await w.save();
      const onDisk = fs.readFileSync(path.join(workspace, fix.file), 'utf8').split('\n');
      assert.equal(onDisk[fix.line - 1], fix.lineAfter, 'the saved file carries the fix');
    });
  }

  it('leaves the desk draft as the fixes made it', async function () {
    const file = drafts.desk.name as DraftName;
    const original = fs.readFileSync(path.join(repoRoot, drafts.desk.source), 'utf8').split('\n');
    const expected = original.map((line, i) => quickFixes.find((fix) => fix.file === file && fix.line === i + 1)?.lineAfter ?? line);
    assert.equal(fs.readFileSync(path.join(workspace, file), 'utf8'), expected.join('\n'));
  });

  // ---------- the editor around the findings: status bar, hovers, report ----------

  const seedText = () => fs.readFileSync(path.join(repoRoot, drafts.seed.source), 'utf8');
  /** 1-based line and column of a UTF-16 offset in `text`, as the status bar and Ctrl+G count. */
  const lineColOf = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, col: before[before.length - 1].length + 1 };
  };
  const copydeskStatus = async (w: Workbench) => (await w.statusBarText('copydesk.problems'))?.trim();
  const waitForStatus = (w: Workbench, expected: string) =>
    waitFor(`the Copydesk status bar item to read "${expected}"`, async () => (await copydeskStatus(w)) === expected, 30_000).catch(async (error) => {
      throw new Error(`${(error as Error).message}; it reads "${await copydeskStatus(w)}"`);
    });

  it('counts the seed\'s problems in the status bar, and counts again when the typo is fixed through the light bulb', async function () {
    const w = wb();
    await w.openFile(drafts.seed.name);
    // typos · quotes without a speaker · name variants · all findings
    await waitForStatus(w, '1 · 0 · 0 · 3 in all');
    const isTypo = (row: ProblemRow) => isCopydesk(row) && row.file === drafts.seed.name && row.code === 'spelling' && row.line === 11 && row.col === 145;
    await w.waitForProblems('the de-escate typo', (rows) => rows.some(isTypo));
    await w.revealProblem(isTypo);
    // Wrapped, with the panel out of the way, for the README's picture of the menu.
    await w.runCommand('View: Toggle Word Wrap');
    await w.setPanelVisible(false);
    await withRestore(async () => {
      // The cursor inside the word again: the light bulb shows on a cursor move.
      await w.goToLine(11, 147);
      await w.applyQuickFix('Change to “de-escalate”', 'lightbulb', async (menu) => {
        const group = await w.editorGroupBox();
        const top = (await w.lineNumberBox(10)).y;
        const menuBox = await w.boxAround([menu], 16);
        await w.screenshot('quick-fix', { readme: true, clip: { x: group.x, y: top, width: group.width, height: menuBox.y + menuBox.height - top } });
      });
    }, async () => {
      await w.runCommand('View: Toggle Word Wrap');
    });
    await w.waitForEditorText('line 11 fixed', (text) => text.split('\n')[10]?.includes('urged both Pakistan and India to de-escalate. Secretary'));
    await w.waitForProblems('the typo to leave the panel', (rows) => !rows.some(isTypo));
    await waitForStatus(w, '0 · 0 · 0 · 2 in all');
    await w.screenshot('status-bar-after-fix');

    await w.runCommand('File: Revert File');
    await waitForStatus(w, '1 · 0 · 0 · 3 in all');
    assert.equal(fs.readFileSync(path.join(workspace, drafts.seed.name), 'utf8'), seedText(), 'the seed is left as it was');
  });

  it('shows a name\'s register entry and a quote\'s speaker on hover', async function () {
    const w = wb();
    await w.openFile(drafts.seed.name);
    // Line 6 opens with "Qureshi said that …".
    const name = await w.hoverAt(6, 1, 'Shah Mehmood Qureshi');
    const nameText = (await name.innerText()).replace(/\s+/g, ' ');
    assert.match(nameText, /Shah Mehmood Qureshi \(Foreign Minister; person\)/);
    assert.match(nameText, /Written “Shah Mehmood Qureshi” ×1, “Qureshi” ×3\. First mentioned in paragraph 2\./);
    const group = await w.editorGroupBox();
    const top = Math.min((await w.lineNumberBox(1)).y, (await w.boxAround([name], 8)).y);
    const below = await w.lineNumberBox(8);
    await w.screenshot('hover', { readme: true, clip: { x: group.x, y: top, width: group.width, height: below.y + below.height + 4 - top } });
    await w.endHover();

    // "The FM assured me …," he said: the word "assured" is inside Bolton's second quote on line 4.
    const line4 = seedText().split('\n')[3];
    const quote = await w.hoverAt(4, line4.indexOf('assured me') + 1, 'Said by');
    assert.equal((await quote.innerText()).trim(), 'Said by John Bolton (“he”): cue “said”.');
    await w.screenshot('hover-quote');
    await w.endHover();
  });

  it('opens the article report beside the seed from the command palette; its rows reveal their place in the draft, and it exports as Markdown', async function () {
    const w = wb();
    await w.openFile(drafts.seed.name);
    // Room for the draft and the report side by side, the draft wrapped: how the README shows it.
    await w.runCommand('View: Toggle Word Wrap');
    await w.setSideBarVisible(false);
    await w.setPanelVisible(false);
    await withRestore(async () => {
      await w.runCommand('Copydesk: Show Article Report');
      await w.page.locator('.tabs-container .tab', { hasText: `Report: ${drafts.seed.name}` }).waitFor();
      const report = w.webview();
      await report.locator('h1', { hasText: drafts.seed.name }).waitFor({ timeout: 30_000 });
      assert.match(await report.locator('.stats').innerText(), /^603 words · about 3 minutes to read · 11 paragraphs · 8 quotes$/);

      // Every quote has its speaker: no "no speaker" row, and these four are the speakers.
      const quotesTable = report.locator('h2:text-is("Quotes") ~ table').first();
      const quoteRows = quotesTable.locator('tbody tr');
      assert.equal(await quoteRows.count(), 8);
      const speakers = (await quoteRows.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.trim());
      assert.deepEqual([...new Set(speakers)].sort(), ['John Bolton', 'Ministry of External Affairs', 'Pakistan’s Foreign Office', 'Robert Palladino']);
      assert.equal(await report.locator('tr.unattributed').count(), 0);
      const sources = (await report.locator('h2:text-is("Sources") ~ table').first().locator('tbody td:first-child').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual([...sources].sort(), ['John Bolton', 'Ministry of External Affairs', 'Pakistan’s Foreign Office', 'Robert Palladino']);
      const problems = await report.locator('h3 code').allInnerTexts();
      assert.deepEqual([...problems].sort(), ['acronym-before-definition', 'acronym-undefined', 'spelling']);

      // A click on Palladino's second quote selects it in the draft, marks and all.
      const text = seedText();
      const expectSelected = async (quoteStart: string, timeout = 20_000) => {
        const start = text.indexOf(quoteStart);
        assert.ok(start >= 0, quoteStart);
        const end = text.indexOf('”', start) + 1;
        const at = lineColOf(text, end);
        const expected = { line: at.line, col: at.col, selected: end - start };
        await waitFor(`the selection of ${quoteStart}… (${JSON.stringify(expected)})`, async () => JSON.stringify(await w.selection()) === JSON.stringify(expected), timeout)
          .catch(async (error) => {
            throw new Error(`${(error as Error).message}; the status bar shows ${JSON.stringify(await w.selection())}`);
          });
      };
      await quoteRows.filter({ hasText: 'They noted the strength of our partnership' }).click();
      await expectSelected('“They noted the strength');
      await w.page.locator('.editor-group-container .monaco-editor.focused').waitFor();
      // The README's picture: the report at its quotes, the quote clicked selected in the draft.
      await report.locator('h2:text-is("Quotes")').evaluate((heading) => {
        heading.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -48); // below the sticky Export bar
      });
      // The mouse off the report, so that no row looks chosen but the one clicked.
      await w.page.mouse.move(1200, 52);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await w.screenshot('report', { readme: true });

      // From the keyboard: Enter on a row does the same. A reader reaches the row (Tab) before pressing Enter; so does
      // the test, waiting for VS Code to make the report the active editor first. Focusing and pressing at once raced
      // the workbench's own focus handling on a loaded machine: the report took focus back after the reveal (CI, stop 14).
      const agreed = quoteRows.filter({ hasText: 'They agreed that Pakistan needs' });
      await agreed.focus();
      await w.page.locator('.tabs-container .tab.active', { hasText: `Report: ${drafts.seed.name}` }).waitFor();
      await waitFor('the row to hold the focus in the report', () => agreed.evaluate((row) => row === document.activeElement && document.hasFocus()), 10_000);
      await w.page.keyboard.press('Enter');
      // The quote is selected in the draft. Once, on a loaded machine, VS Code's own focus handling made the report the
      // active editor again after the reveal: the selection was made (the failure's screenshot showed it) but out of the
      // status bar. A reader then clicks the draft's tab, and so does the test, which still asks for that selection.
      await expectSelected('“They agreed that Pakistan needs', 10_000).catch(async () => {
        await w.page.locator('.tabs-container .tab', { hasText: drafts.seed.name }).filter({ hasNotText: 'Report' }).click();
        await expectSelected('“They agreed that Pakistan needs');
      });

      // "Export as Markdown" saves the report beside the draft (the save dialog is VS Code's own in the browser).
      await report.locator('button[data-export="markdown"]').click();
      const saveAs = w.page.locator('.quick-input-widget .quick-input-box input');
      await saveAs.waitFor({ state: 'visible' });
      await waitFor('the save dialog to offer pulwama-draft.report.md', async () => (await saveAs.inputValue()).endsWith('/pulwama-draft.report.md'), 15_000);
      await w.page.keyboard.press('Enter');
      const exported = path.join(workspace, 'pulwama-draft.report.md');
      await waitFor('the exported report on disk', () => fs.existsSync(exported) && fs.statSync(exported).size > 0, 15_000);
      const markdown = fs.readFileSync(exported, 'utf8');
      assert.match(markdown, /^# Copydesk report: pulwama-draft\.txt\n\n603 words · about 3 minutes to read · 11 paragraphs · 8 quotes\n/);
      assert.match(markdown, /\| “They noted the strength of our partnership and discussed ways to further enhance cooperation, including on counter-terrorism,” \| Robert Palladino \| said \|/);
      await waitFor('the notification of the export', async () => (await w.notifications()).some((n) => n.includes('Copydesk report saved to') && n.includes('pulwama-draft.report.md')), 15_000);
      fs.rmSync(exported);

      // The status bar item opens the report too: close it, and click the item.
      await w.page.locator('.tabs-container .tab', { hasText: `Report: ${drafts.seed.name}` }).locator('.codicon-close').click();
      await w.page.locator('.tabs-container .tab', { hasText: `Report: ${drafts.seed.name}` }).waitFor({ state: 'detached' });
      await w.page.locator('#workbench\\.parts\\.statusbar .statusbar-item[id*="copydesk.problems"]').click();
      await w.webview().locator('h1', { hasText: drafts.seed.name }).waitFor({ timeout: 30_000 });
      await w.page.locator('.tabs-container .tab', { hasText: `Report: ${drafts.seed.name}` }).locator('.codicon-close').click();
      await w.page.locator('.tabs-container .tab', { hasText: `Report: ${drafts.seed.name}` }).waitFor({ state: 'detached' });
    }, async () => {
      await w.openFile(drafts.seed.name);
      await w.runCommand('View: Toggle Word Wrap');
      await w.setSideBarVisible(true);
      await w.setPanelVisible(true);
      await w.focusEditor();
    });
  });

  // ---------- commands ----------

  it('makes every safe fix of a copy of the desk draft in one edit, which one Undo reverts', async function () {
    const w = wb();
    const name = deskCopy;
    const original = fs.readFileSync(path.join(repoRoot, drafts.desk.source), 'utf8');
    await w.openFile(name);
    const expected = expectedFindings.filter((finding) => finding.file === drafts.desk.name).map((finding) => ({ ...finding, file: name as DraftName }));
    await w.waitForProblems(`the desk draft's findings in ${name}`, (rows) => expected.every((finding) => rows.some((row) => matches(row, finding))));
    await waitForStatus(w, `1 · 0 · 1 · ${expected.length} in all`);

    // The safe fixes there: the two words typed twice, and the straight quotation marks made curly
    // (the name variant is one spelling against one: not safe to guess).
    const fixed = original
      .split('\n')
      .map((line, i) => quickFixes.find((fix) => fix.file === drafts.desk.name && fix.line === i + 1)?.lineAfter ?? line)
      .map((line) => line.replace(/(^|\s)"/g, '$1“').replace(/"/g, '”'))
      .join('\n');
    const shown = (text: string) => text.replace(/\n$/, '');
    await w.runCommand('Copydesk: Fix All Safe Problems');
    await w.waitForEditorText('repeated words gone and quotation marks curly', (text) => shown(text) === shown(fixed));
    await waitFor('the notification of 6 changes', async () => (await w.notifications()).some((n) => n.includes('Copydesk made 6 safe changes (one undo reverts them).')), 15_000);
    await w.waitForProblems('the repeated words and mixed marks to leave the panel', (rows) => !rows.some((row) => row.file === name && (row.code === 'repeated-word' || row.code === 'quote-mixed-marks')));
    await waitForStatus(w, `1 · 0 · 1 · ${expected.length - 5} in all`);
    await w.screenshot('fix-all-safe');

    await w.focusEditor();
    await w.page.keyboard.press('Control+Z');
    await w.waitForEditorText('the draft as it was', (text) => shown(text) === shown(original));
    await w.waitForProblems('both repeated words back', (rows) => rows.filter((row) => row.file === name && row.code === 'repeated-word').length === 2);
    await waitForStatus(w, `1 · 0 · 1 · ${expected.length} in all`);
    assert.equal(await w.page.locator('.tabs-container .tab.active.dirty').count(), 0, 'one Undo is back at the saved text');
    await w.runCommand('View: Close Editor');
  });

  it('"Go to Problem…" lists the draft\'s findings by rule, filters as you type, and reveals the one picked', async function () {
    const w = wb();
    await w.openFile(drafts.desk.name);
    await w.runCommand('Copydesk: Go to Problem…');
    const picker = w.page.locator('.quick-input-widget');
    await picker.locator('.monaco-list-row').first().waitFor();
    // Grouped by rule: a separator "rule (count)" above each group.
    const shown = await waitFor('the rules as separators', async () => {
      const text = (await picker.locator('.quick-input-list').textContent()) ?? '';
      return text.includes('anonymous-source (2)') && text.includes('acronym-before-definition (1)') ? text : undefined;
    }, 15_000);
    assert.ok(shown.indexOf('anonymous-source (2)') < shown.indexOf('acronym-before-definition (1)'), 'groups in the order of the draft');
    await w.page.keyboard.type('witnesess');
    await waitFor('the typo to be the one offered', async () => ((await picker.locator('.monaco-list-row.focused').textContent()) ?? '').includes('witnesess'), 15_000);
    await w.screenshot('go-to-problem');
    await w.page.keyboard.press('Enter');
    await picker.waitFor({ state: 'hidden' });
    // The typo is selected: "witnesess" is 5:58 to 5:67.
    await waitFor('the typo selected', async () => JSON.stringify(await w.selection()) === JSON.stringify({ line: 5, col: 67, selected: 9 }), 15_000).catch(async (error) => {
      throw new Error(`${(error as Error).message}; the status bar shows ${JSON.stringify(await w.selection())}`);
    });
  });

  it('creates the desk style sheet from its template, and reports a broken one in the Problems panel', async function () {
    const w = wb();
    const sheet = path.join(workspace, '.copydesk.json');
    assert.ok(!fs.existsSync(sheet));
    await w.openFile(drafts.desk.name);
    await w.runCommand('Copydesk: Open Desk Style Sheet');
    await w.page.locator('.tabs-container .tab.active[data-resource-name=".copydesk.json"]').waitFor();
    await w.page.locator('.editor-instance .monaco-editor.focused').waitFor();
    await waitFor('.copydesk.json on disk', () => fs.existsSync(sheet), 10_000);
    const template = fs.readFileSync(sheet, 'utf8');
    assert.match(template, /^\/\/ The desk's style sheet for Copydesk/);
    await w.waitForEditorText('the template', (text) => text.startsWith('// The desk\'s style sheet for Copydesk') && text.includes('"rules": {}'));

    await withRestore(async () => {
      // A rule id misspelt: the desk's style sheet is broken.
      const lines = template.split('\n');
      const rulesLine = lines.findIndex((line) => line.includes('"rules": {}'));
      const braceCol = lines[rulesLine].indexOf('{}') + 2;
      await w.goToLine(rulesLine + 1, braceCol);
      await w.page.keyboard.type('"speling": "error"');
      await w.page.keyboard.press('Escape'); // any completion the JSON schema offered
      await w.waitForEditorText('the misspelt rule', (text) => text.split('\n')[rulesLine] === '  "rules": {"speling": "error"},');
      await w.save();
      const isSheetProblem = (row: ProblemRow) => isCopydesk(row) && row.file === '.copydesk.json' && row.severity === 'error' && row.line === rulesLine + 1 && row.message.includes('There is no rule "speling"');
      const broken = await w.waitForProblems('the style sheet problem', (rows) => rows.some(isSheetProblem));
      // Linting goes on with the defaults.
      const deskSpelling = (severity: string) => (rows: ProblemRow[]) => rows.some((row) => isCopydesk(row) && row.file === drafts.desk.name && row.code === 'spelling' && row.severity === severity);
      assert.ok(deskSpelling('warning')(broken), 'the desk draft is still checked');
      await w.screenshot('style-sheet-broken');

      // Mended ("spelling": "error"), the problem goes and the rule takes effect.
      await w.goToLine(rulesLine + 1, braceCol + 4);
      await w.page.keyboard.type('l');
      await w.waitForEditorText('the mended rule', (text) => text.split('\n')[rulesLine] === '  "rules": {"spelling": "error"},');
      await w.save();
      await w.waitForProblems('the style sheet problem to go, and spelling to be an error', (rows) => !rows.some((row) => row.file === '.copydesk.json' && isCopydesk(row)) && deskSpelling('error')(rows));
      await w.screenshot('style-sheet-mended');
    }, async () => {
      await w.runCommand('View: Close Editor');
      fs.rmSync(sheet, { force: true });
    });
    await w.waitForProblems('spelling back to a warning without the style sheet', (rows) => {
      const spelling = rows.filter((row) => isCopydesk(row) && row.file === drafts.desk.name && row.code === 'spelling');
      return spelling.length > 0 && spelling.every((row) => row.severity === 'warning');
    });
  });
});
