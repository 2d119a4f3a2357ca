/**
 * The editor's view of speed, through the real language server over stdio
 * (the built server/out/server.js, spoken to as an editor does): start to
 * first diagnostics on the seed, opening a long document, one-character
 * edits in it to their next diagnostics, and the server's memory afterwards.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { typingPoint } from './copydesk.mts';

// Required, not imported: tsx gives a CommonJS .ts file imported from an ES module the __dirname "data:text", and the client finds the server from its own.
const { TestClient, fileUri } = createRequire(import.meta.url)('../../server/test/protocol/lsp-client') as typeof import('../../server/test/protocol/lsp-client');

export interface LspTimes {
  /** Spawn → initialize → open the seed → its first diagnostics (every rule but spelling: the server does not wait for its dictionaries), one per run, ms. */
  firstFindings: number[];
  /** The same → its diagnostics with spelling, ms. */
  starts: number[];
  /** From opening the seed to its diagnostics with spelling: the longest any request waited for its answer in each run, ms (a hover every 10 ms). */
  startLongestWaits: number[];
  /** didOpen of the long document → its first diagnostics, and → its diagnostics with spelling, ms (one run: the first check is the expensive one). */
  openFirst: number;
  open: number;
  /** While the long document opens: the longest any request waited for its answer, ms, and how many were answered (a hover every 10 ms). */
  openLongestWait: number;
  openAnswers: number;
  /** didChange of one character → diagnostics for that version, ms. */
  edits: number[];
  /** The server's resident memory, MB: right after the last edit's diagnostics, after a pause in typing, and its peak. */
  rssAfterEdits: number;
  rssSettled: number;
  peakRss: number;
  /** The same, after a long session: `sessionKeystrokes` more letters typed, a word at a time, each to its diagnostics. */
  rssAfterSession: number;
  peakRssAfterSession: number;
}

/** A long session's keystrokes: memory a few edits do not show (a leak of 1 MB a keystroke, say) shows after these. */
export const sessionKeystrokes = 300;

/**
 * The editor asking while the server works: a hover on a file not open, which
 * needs nothing but the server's attention, every 10 ms, each once the last is
 * answered. `stop` ends the asking and gives the longest wait and the number answered.
 */
function askMeanwhile(client: InstanceType<typeof TestClient>): { stop(): Promise<{ longest: number; answered: number }> } {
  let asking = true;
  const waits: number[] = [];
  const asked = (async () => {
    while (asking) {
      const began = performance.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(join(tmpdir(), 'copydesk-bench-elsewhere.txt')) }, position: { line: 0, character: 0 } });
      waits.push(performance.now() - began);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      asking = false;
      await asked;
      return { longest: Math.max(...waits), answered: waits.length };
    },
  };
}

/** How long the bench waits after the last edit before it reads the server's memory again. */
export const settleMs = 3_000;
/** The pause before each timed keystroke. */
export const keystrokeGap = 300;

export async function measureLsp(seed: string, long: string, runs: { starts: number; edits: number }, progress: (line: string) => void): Promise<LspTimes> {
  const firstFindings: number[] = [];
  const starts: number[] = [];
  const startLongestWaits: number[] = [];
  for (let run = 0; run < runs.starts; run++) {
    const began = performance.now();
    const client = new TestClient();
    await client.initialize();
    const uri = fileUri(join(tmpdir(), `copydesk-bench-seed-${run}.txt`));
    client.open(uri, seed);
    // The first check, then the dictionaries loaded and the seed checked again with them: the editor asks meanwhile.
    const probes = askMeanwhile(client);
    await client.diagnostics(uri, 10_000, false);
    firstFindings.push(performance.now() - began);
    await client.diagnostics(uri);
    starts.push(performance.now() - began);
    startLongestWaits.push((await probes.stop()).longest);
    await client.stop();
  }
  progress(`server starts: ${runs.starts}`);

  const client = new TestClient();
  try {
    await client.initialize();
    const uri = fileUri(join(tmpdir(), 'copydesk-bench-long.txt'));
    const opened = performance.now();
    client.open(uri, long);
    const probes = askMeanwhile(client);
    await client.diagnostics(uri, 120_000, false);
    const openFirst = performance.now() - opened;
    await client.diagnostics(uri, 120_000);
    const open = performance.now() - opened;
    const { longest: openLongestWait, answered: openAnswers } = await probes.stop();
    progress('long document open');

    const edits: number[] = [];
    let at = 0;
    for (let run = 0; run < runs.edits; run++) {
      // Type one letter at the end of a word, then take it back: the document keeps its size, the edits move about.
      if (run % 2 === 0) at = typingPoint(client.text(uri), run);
      // A keystroke after a moment's pause, as a reporter types: the server holds back a check only while edits keep coming.
      await new Promise((resolve) => setTimeout(resolve, keystrokeGap));
      const began = performance.now();
      if (run % 2 === 0) client.change(uri, at, at, 'x');
      else client.change(uri, at, at + 1, '');
      await client.diagnostics(uri, 60_000);
      edits.push(performance.now() - began);
    }
    progress(`edits: ${runs.edits}`);

    const megabytes = (field: string) => {
      const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
      return Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? NaN) / 1024;
    };
    const rssAfterEdits = megabytes('VmRSS');
    // What the server holds while the reporter reads: a server may collect garbage once typing pauses (perf's does after 2 s).
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const rssSettled = megabytes('VmRSS');
    const peakRss = megabytes('VmHWM');
    progress(`long session: ${sessionKeystrokes} keystrokes`);
    for (let key = 0; key < sessionKeystrokes; key++) {
      // Five letters at each place, as a word is typed, then on to another line.
      const point = typingPoint(client.text(uri), 2 * Math.floor(key / 5) + 1) + (key % 5);
      await new Promise((resolve) => setTimeout(resolve, 30));
      client.change(uri, point, point, 'x');
      await client.diagnostics(uri, 60_000);
    }
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return { firstFindings, starts, startLongestWaits, openFirst, open, openLongestWait, openAnswers, edits, rssAfterEdits, rssSettled, peakRss, rssAfterSession: megabytes('VmRSS'), peakRssAfterSession: megabytes('VmHWM') };
  } finally {
    await client.stop();
  }
}
