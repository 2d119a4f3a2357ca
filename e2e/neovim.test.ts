/**
 * Copydesk's language server driven by another real LSP client: Neovim's
 * built-in one (Debian's neovim 0.7, headless). The diagnostics it receives
 * must carry the same findings, positions and rule codes the Problems panel
 * shows in VS Code (e2e/expectations.ts).
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { drafts, expectedFindings, matchesMessage } from './expectations';
import { nvimPath, repoRoot, serverJs } from './harness/paths';

const run = promisify(execFile);

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source?: string;
  code?: string | number;
}

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  message: string;
  source?: string;
  code?: string | number;
}

interface NvimResult {
  error?: string;
  published?: { uri: string; diagnostics: LspDiagnostic[] };
  arrived?: boolean;
  exited?: { code: number; signal: number };
  nvim?: string;
  diagnostics?: NvimDiagnostic[];
}

/** vim.diagnostic.severity and LSP's DiagnosticSeverity agree: ERROR 1, WARN 2, INFO 3, HINT 4. */
const nvimSeverity = { error: 1, warning: 2, info: 3 } as const;

/** Neovim's diagnostic columns are byte offsets into the UTF-8 line; LSP's (and VS Code's) count UTF-16 units. */
function byteColumn(lineText: string, utf16Column: number): number {
  return Buffer.byteLength(lineText.slice(0, utf16Column), 'utf8');
}

async function diagnosticsFromNeovim(draftFile: string): Promise<NvimResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-nvim-'));
  try {
    const draft = path.join(dir, path.basename(draftFile));
    fs.copyFileSync(draftFile, draft);
    const out = path.join(dir, 'diagnostics.json');
    await run(nvimPath, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'neovim', 'diagnostics.lua')}`], {
      env: { ...process.env, COPYDESK_SERVER: serverJs, COPYDESK_DRAFT: draft, COPYDESK_OUT: out },
      timeout: 60_000,
    });
    assert.ok(fs.existsSync(out), 'nvim wrote no result');
    return JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Copydesk in Neovim (built-in LSP client, headless)', function () {
  this.timeout(90_000);

  before(function () {
    assert.ok(fs.existsSync(serverJs), `${serverJs} is missing: run npm run build`);
  });

  it('receives the desk draft\'s findings with their lines, columns, source and rule', async function () {
    const result = await diagnosticsFromNeovim(path.join(repoRoot, drafts.desk.source));
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.exited, undefined, `the server exited: ${JSON.stringify(result.exited)}`);
    assert.ok(result.arrived, 'no diagnostics arrived');
    const diagnostics = result.diagnostics ?? [];
    const published = result.published?.diagnostics ?? [];
    const lines = fs.readFileSync(path.join(repoRoot, drafts.desk.source), 'utf8').split('\n');
    for (const expected of expectedFindings.filter((finding) => finding.file === drafts.desk.name)) {
      const line = expected.line - 1;
      const inLsp = published.find((d) =>
        d.source === 'Copydesk' && d.code === expected.rule && d.range.start.line === line && d.range.start.character === expected.col - 1 &&
        d.severity === nvimSeverity[expected.severity] && matchesMessage(d.message, expected.message));
      assert.ok(inLsp, `the server did not publish ${expected.rule} at ${expected.line}:${expected.col}; it published ${JSON.stringify(published, null, 1)}`);
      const inNeovim = diagnostics.find((d) =>
        d.source === 'Copydesk' && d.code === expected.rule && d.lnum === line && d.col === byteColumn(lines[line], expected.col - 1) &&
        d.end_col === byteColumn(lines[line], inLsp.range.end.character) && d.severity === nvimSeverity[expected.severity]);
      assert.ok(inNeovim, `Neovim ${result.nvim} did not show ${expected.rule} at ${expected.line}:${expected.col}; it has ${JSON.stringify(diagnostics, null, 1)}`);
    }
  });

  it('receives the repeated word "the the" exactly where it is', async function () {
    const result = await diagnosticsFromNeovim(path.join(repoRoot, drafts.desk.source));
    const the = (result.diagnostics ?? []).find((d) => d.code === 'repeated-word' && d.message.includes('“the”'));
    assert.ok(the, JSON.stringify(result));
    // "Police reopen the the inquiry": the second "the" is columns 18–21 of line 0 (0-based, as LSP counts).
    assert.deepEqual([the.lnum, the.col, the.end_lnum, the.end_col], [0, 18, 0, 21]);
    assert.equal(the.severity, nvimSeverity.warning);
    assert.equal(the.source, 'Copydesk');
  });
});
