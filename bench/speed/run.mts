/**
 * The speed bench: Copydesk against harper.js, retext-spell and cspell-lib
 * on the same texts in one run, and Copydesk's language server over stdio.
 * Prints a Markdown table (progress goes to stderr).
 *
 *   npm run bench                  everything; about 3–4 minutes on 2 shared cores
 *   BENCH_QUICK=1 npm run bench    fewer runs, to try the bench itself
 *   npm run bench -- inprocess     only the rows measured in this process
 *   npm run bench -- lsp           only the language-server rows (= npm run bench:lsp)
 *
 * See bench/speed/README.md for what each row means.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { SpellingDictionaries } from '../../server/src/engine/spelling';
import { cspell, harper, retextSpell, type SpellChecker } from '../spelling/tools.mts';
import { alternate, type Contender } from './alternate.mts';
import { forgetParses, fullCheck, incrementalChecker, typingPoint } from './copydesk.mts';
import { measureLsp, sessionKeystrokes, settleMs } from './lsp.mts';

// tsx gives a CommonJS .ts file imported from an ES module the __dirname "data:text"; these two find their files from __dirname, so they are required.
const require = createRequire(import.meta.url);
const { loadDictionaries } = require('../../server/src/dictionaries') as typeof import('../../server/src/dictionaries');
const { buildLongDocument, median } = require('../corpus') as typeof import('../corpus');

const quick = process.env.BENCH_QUICK === '1';
// Harper takes seconds a run on 100,000 words, so it gets fewer runs there than the others.
const runs = quick
  ? { seed: 7, seedWarmUp: 5, long: 2, longHarper: 1, longWarmUp: 1, edits: 11, editWarmUp: 2, starts: 3 }
  : { seed: 21, seedWarmUp: 10, long: 7, longHarper: 3, longWarmUp: 1, edits: 21, editWarmUp: 3, starts: 7 };
const parts = process.argv.slice(2);
const wanted = (part: 'inprocess' | 'lsp') => parts.length === 0 || parts.includes(part);

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'test-fixtures', 'pulwama-draft.txt'), 'utf8');
const long = buildLongDocument(100_000);
const seedWords = seed.split(/\s+/).filter(Boolean).length;
const progress = (line: string) => console.error(`[bench] ${line}`);

interface Row {
  measure: string;
  copydesk: number;
  /** Each peer's median, by name; none for rows only Copydesk has. */
  peers?: Map<string, number>;
  unit: 'ms' | 'MB';
  /** Extra text after Copydesk's number. */
  note?: string;
  target?: { text: string; met: (copydesk: number, fastestPeer?: number) => boolean };
}

const machine = describeMachine();
const rows: Row[] = [];

if (wanted('inprocess')) {
  const dictionaries = loadDictionaries();
  const check = fullCheck(dictionaries);
  const peers = [await harper({ spellingOnly: true }), await retextSpell(), await cspell()];
  const contenders = (text: string, peerRuns: (peer: SpellChecker) => number, copydeskRuns: number): Contender[] => [
    { name: 'Copydesk', runs: copydeskRuns, prepare: forgetParses, run: () => check(text) },
    ...peers.map((peer) => ({ name: peer.name, runs: peerRuns(peer), prepare: () => peer.forget?.(), run: () => peer.flags(text, false) })),
  ];

  // What each tool says of the seed, so that a misconfigured tool shows.
  const said = [`Copydesk ${check(seed).findings.length} findings`];
  for (const peer of peers) said.push(`${peer.name} ${(await peer.flags(seed, false)).length} flags`);
  progress(`on the seed: ${said.join(', ')}`);

  progress(`seed: ${runs.seedWarmUp} warm-up and ${runs.seed} timed rounds`);
  const seedTimes = await alternate(contenders(seed, () => runs.seed, runs.seed), runs.seed, runs.seedWarmUp, progress);
  rows.push(comparedRow(`Seed (${seedWords} words): full check, median of ${runs.seed}`, seedTimes, peers, {
    text: '≤ 3 ms and ≤ ⅓ of the fastest peer',
    met: (copydesk, fastest) => copydesk <= 3 && fastest !== undefined && copydesk <= fastest / 3,
  }));

  const isHarper = (peer: SpellChecker) => peer.name.startsWith('Harper');
  progress(`${long.words} words: ${runs.longWarmUp} warm-up and ${runs.long} timed rounds (Harper ${runs.longHarper})`);
  const longTimes = await alternate(contenders(long.text, (peer) => (isHarper(peer) ? runs.longHarper : runs.long), runs.long), runs.long, runs.longWarmUp, progress);
  rows.push(comparedRow(`${words(long.words)} words: full check, median of ${runs.long} (Harper ${runs.longHarper})`, longTimes, peers, {
    text: '≤ 400 ms',
    met: (copydesk) => copydesk <= 400,
  }));
  for (const peer of peers) await peer.forget?.(); // Harper's linter holds the long document's lints; let them go before the next rows.

  rows.push(await incrementalRow(dictionaries));
}

if (wanted('lsp')) {
  progress(`language server: ${runs.starts} starts, then ${words(long.words)} words and ${runs.edits} edits`);
  const lsp = await measureLsp(seed, long.text, runs, progress).catch((error: unknown) => {
    // Print what was measured in process all the same; the run still fails.
    console.error(error);
    process.exitCode = 1;
    return undefined;
  });
  if (lsp) rows.push(
    { measure: `LSP: one-character edit in the ${words(long.words)} words → its publishDiagnostics, median of ${runs.edits}`, copydesk: median(lsp.edits), unit: 'ms', target: { text: '≤ 30 ms', met: (c) => c <= 30 } },
    { measure: `LSP: server start → first diagnostics on the seed (every rule but spelling), median of ${runs.starts}`, copydesk: median(lsp.firstFindings), unit: 'ms', target: { text: '≤ 500 ms', met: (c) => c <= 500 } },
    { measure: `LSP: server start → the seed's diagnostics with spelling (its dictionaries loaded), median of ${runs.starts}`, copydesk: median(lsp.starts), unit: 'ms' },
    { measure: `LSP: meanwhile (from opening the seed to its diagnostics with spelling), the longest the server keeps the editor waiting (a hover asked every 10 ms), median of ${runs.starts}`, copydesk: median(lsp.startLongestWaits), unit: 'ms' },
    { measure: `LSP: open the ${words(long.words)} words → first diagnostics, and → those with spelling (a draft this long waits for the dictionaries), one run`, copydesk: lsp.openFirst, note: `; ${(lsp.open / 1000).toFixed(2)} s with spelling`, unit: 'ms' },
    { measure: `LSP: while the ${words(long.words)} words open, the longest the server keeps the editor waiting (a hover asked every 10 ms), one run`, copydesk: lsp.openLongestWait, note: ` (${lsp.openAnswers} answered)`, unit: 'ms' },
    {
      measure: `LSP: server memory (RSS) after the ${words(long.words)} words and the edits, ${settleMs / 1000} s after the last one`,
      copydesk: lsp.rssSettled,
      note: ` (right after the last edit ${lsp.rssAfterEdits.toFixed(0)} MB, peak ${lsp.peakRss.toFixed(0)} MB)`,
      unit: 'MB',
      target: { text: '≤ 200 MB', met: (c) => c <= 200 },
    },
    {
      measure: `LSP: server memory (RSS) after ${sessionKeystrokes} more keystrokes, a word at a time (a long session), ${settleMs / 1000} s after the last`,
      copydesk: lsp.rssAfterSession,
      note: ` (peak ${lsp.peakRssAfterSession.toFixed(0)} MB)`,
      unit: 'MB',
    },
  );
}

console.log(table(rows, machine));

/** Copydesk editing the long document in this process, with the checker the language server keeps per draft. */
async function incrementalRow(dictionaries: SpellingDictionaries): Promise<Row> {
  progress(`incremental: ${runs.editWarmUp} warm-up and ${runs.edits} timed edits`);
  const check = incrementalChecker(dictionaries);
  check(long.text);
  let text = long.text;
  let next = text;
  let at = 0;
  let edit = 0;
  const times = await alternate(
    [
      {
        name: 'Copydesk',
        runs: runs.edits,
        // Type a letter at the end of a word, then take it back, as the LSP row does.
        prepare: () => {
          if (edit % 2 === 0) at = typingPoint(text, edit);
          next = edit % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
          edit++;
        },
        run: () => {
          check(next);
          text = next;
        },
      },
    ],
    runs.edits,
    runs.editWarmUp,
  );
  return {
    measure: `One-character edit in the ${words(long.words)} words → findings, in process (DraftChecker), median of ${runs.edits}`,
    copydesk: median(times.get('Copydesk')!),
    unit: 'ms',
  };
}

function comparedRow(measure: string, times: Map<string, number[]>, peers: SpellChecker[], target: Row['target']): Row {
  return {
    measure,
    copydesk: median(times.get('Copydesk')!),
    peers: new Map(peers.map((peer) => [peer.name, median(times.get(peer.name)!)])),
    unit: 'ms',
    target,
  };
}

function table(rows: Row[], machine: string): string {
  const peerNames = [...new Set(rows.flatMap((row) => [...(row.peers?.keys() ?? [])]))];
  const lines = [
    machine,
    '',
    `| measure | Copydesk | ${peerNames.map((name) => `${name}¹`).join(' | ')}${peerNames.length ? ' | ' : ''}Copydesk / fastest peer | target | met |`,
    `|---|---:|${peerNames.map(() => '---:|').join('')}---:|---|---|`,
  ];
  for (const row of rows) {
    const copydesk = amount(row.copydesk, row.unit) + (row.note ?? '');
    const cells = peerNames.map((name) => {
      const peer = row.peers?.get(name);
      return peer === undefined ? '—' : `${amount(peer, row.unit)} (${ratio(row.copydesk / peer)})`;
    });
    const fastest = row.peers?.size ? Math.min(...row.peers.values()) : undefined;
    const versusFastest = fastest === undefined ? '—' : ratio(row.copydesk / fastest);
    const met = !row.target ? '—' : row.target.met(row.copydesk, fastest) ? 'yes' : '**no**';
    lines.push(`| ${row.measure} | ${copydesk} | ${cells.join(' | ')}${cells.length ? ' | ' : ''}${versusFastest} | ${row.target?.text ?? '—'} | ${met} |`);
  }
  if (peerNames.length) {
    lines.push(
      '',
      '¹ The peers check spelling only; Copydesk runs all twelve of its rules (spelling, quotes and speakers, names, acronyms…). ' +
        "Harper runs its SpellCheck rule alone, with a fresh linter before each run (it keeps the lints of paragraphs it has seen); " +
        'retext-spell with retext-english and dictionary-en; cspell-lib through spellCheckDocument with its default English settings. ' +
        'Nobody is asked for suggestions, though Harper makes them with every lint. In a peer\'s column, (n×) is Copydesk\'s time over that peer\'s: below 1× Copydesk is faster.',
    );
  }
  lines.push('', `Runs alternate tool by tool after warm-up runs; medians. Load average (1 min) at the end: ${loadavg()[0].toFixed(2)}.`);
  return lines.join('\n');
}

function describeMachine(): string {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown CPU';
  const cores = cpuinfo.match(/^processor\s*:/gm)?.length ?? 0;
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the commit is only for the record.
  }
  const when = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
  return `Machine: ${model}, ${cores} cores, Node ${process.version}; ${when}; commit ${commit}${quick ? '; BENCH_QUICK=1 (fewer runs)' : ''}; load average (1 min) at the start: ${loadavg()[0].toFixed(2)}.`;
}

function amount(value: number, unit: Row['unit']): string {
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function ratio(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2)}×`;
}

function words(count: number): string {
  return count.toLocaleString('en');
}
