/** Child processes the suite starts, and is sure to end: each in its own process group. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';

const running = new Set<ChildProcess>();

/** Spawns `command` as the leader of a new process group, output appended to `logFile`. */
export function startGroup(command: string, args: string[], logFile: string, options: SpawnOptions = {}): ChildProcess {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Ends the group led by `child` (SIGTERM, then SIGKILL after `graceMs`). */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  signalGroup(child.pid, 'SIGTERM');
  if (!exited) {
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(graceMs)]);
  }
  // The leader may be gone while its children (extension host, language server) linger.
  await sleep(200);
  signalGroup(child.pid, 'SIGKILL');
  running.delete(child);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

// Last resort: a crashed or interrupted run still ends what it started.
for (const event of ['exit', 'SIGINT', 'SIGTERM'] as const) {
  process.once(event, () => {
    for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
    if (event !== 'exit') process.exit(130);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; throws `what` on time-out. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 30000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/**
 * Runs `body`, then `restore` whatever happened. When both fail, the body's
 * error is the one thrown (it says what went wrong; the restore's failure is
 * usually its echo) and the restore's is printed beside it.
 */
export async function withRestore(body: () => Promise<void>, restore: () => Promise<void>): Promise<void> {
  let failure: { error: unknown } | undefined;
  try {
    await body();
  } catch (error) {
    failure = { error };
  }
  try {
    await restore();
  } catch (error) {
    if (!failure) throw error;
    console.error(`      (and then, putting the workbench back: ${(error as Error).message ?? String(error)})`);
  }
  if (failure) throw failure.error;
}
