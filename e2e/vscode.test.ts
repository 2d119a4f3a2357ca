/**
 * Copydesk in a real VS Code: the packaged .vsix installed into code-server,
 * driven through Chromium as a copy editor would use it. Every check reads
 * what the page shows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { drafts, expectedFindings, forbiddenFindings, matchesMessage, quickFixes, type DraftName, type ExpectedFinding } from './expectations';
import { CodeServer } from './harness/code-server';
import { logsDir, repoRoot } from './harness/paths';
import { formatRow, Workbench, type ProblemRow } from './harness/workbench';

const isCopydesk = (row: ProblemRow) => row.source === 'Copydesk';
const matches = (row: ProblemRow, expected: ExpectedFinding) =>
  isCopydesk(row) && row.file === expected.file && row.code === expected.rule && row.severity === expected.severity &&
  row.line === expected.line && row.col === expected.col && matchesMessage(row.message, expected.message);

describe('Copydesk in VS Code (code-server + Chromium)', function () {
  this.timeout(180_000);

  let workspace: string;
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;

  before(async function () {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-workspace-'));
    for (const draft of Object.values(drafts)) fs.copyFileSync(path.join(repoRoot, draft.source), path.join(workspace, draft.name));
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
      for (const forbidden of forbiddenFindings.filter((finding) => finding.file === draft.name)) {
        const offending = settled.filter((row) => isCopydesk(row) && row.file === draft.name && row.code === forbidden.rule && matchesMessage(row.message, forbidden.message));
        assert.deepEqual(offending.map(formatRow), [], `must not show ${forbidden.rule} ${forbidden.message ?? ''}`);
      }
      const unlisted = settled.filter((row) => isCopydesk(row) && row.file === draft.name && !expected.some((finding) => matches(row, finding)));
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
});
