/**
 * The editor's view of speed, through the real server over stdio: start to
 * first diagnostics on the seed, a one-character edit in a 100,000-word
 * document to its next diagnostics, and the server's memory afterwards.
 *
 *   npm run bench:lsp
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { TestClient, fileUri } from '../../server/test/protocol/lsp-client';
import { buildLongDocument, median } from '../corpus';

async function main(): Promise<void> {
  const seed = readFileSync(join(__dirname, '..', '..', 'test-fixtures', 'pulwama-draft.txt'), 'utf8');

  const starts: number[] = [];
  for (let run = 0; run < 7; run++) {
    const began = performance.now();
    const client = new TestClient();
    await client.initialize();
    const uri = fileUri(join(tmpdir(), `seed-${run}.txt`));
    client.open(uri, seed);
    await client.diagnostics(uri);
    starts.push(performance.now() - began);
    await client.stop();
  }

  const long = buildLongDocument(100_000);
  const client = new TestClient();
  await client.initialize();
  const uri = fileUri(join(tmpdir(), 'long.txt'));
  const opened = performance.now();
  client.open(uri, long.text);
  await client.diagnostics(uri, 60_000);
  const firstCheck = performance.now() - opened;

  const edits: number[] = [];
  for (let run = 0; run < 41; run++) {
    const text = client.text(uri);
    // Type one letter in the middle of the document, then take it back: the document stays the same size.
    const at = text.indexOf(' ', Math.floor(text.length / 2) + run * 997);
    const began = performance.now();
    if (run % 2 === 0) client.change(uri, at, at, 'x');
    else client.change(uri, at - 1, at, '');
    await client.diagnostics(uri, 30_000);
    edits.push(performance.now() - began);
  }
  const rss = Number(readFileSync(`/proc/${client.process.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  await client.stop();

  const rows = [
    ['Server start → first diagnostics (seed), median of 7', `${median(starts).toFixed(0)} ms`],
    [`Open ${long.words.toLocaleString('en')}-word document → diagnostics`, `${firstCheck.toFixed(0)} ms`],
    ['One-character edit in it → diagnostics, median of 41', `${median(edits).toFixed(1)} ms`],
    ['Server memory (RSS) after it', `${rss.toFixed(0)} MB`],
  ];
  console.log('| measure | result |\n|---|---|');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
