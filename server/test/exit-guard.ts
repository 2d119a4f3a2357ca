/**
 * Mocha global teardown that keeps a test run from hanging after its last
 * test. Mocha (without --exit) waits until nothing is left running; a child
 * process, socket or timer that a test forgot would keep it waiting for ever,
 * with every test passed and nothing printed. After a grace period this names
 * what is still open, ends any child processes among it, and, if the run
 * still cannot end, exits with a failure saying why.
 */
import type { ChildProcess } from 'node:child_process';

const graceMs = 20_000;

export function mochaGlobalTeardown(): void {
  setTimeout(() => {
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    console.error(`\nThe tests ended ${graceMs / 1000} s ago but left these running: ${process.getActiveResourcesInfo().join(', ')}`);
    for (const handle of handles) {
      const child = handle as Partial<ChildProcess>;
      if (typeof child.pid === 'number' && Array.isArray(child.spawnargs)) {
        console.error(`  child process ${child.pid}: ${child.spawnargs.join(' ').slice(0, 200)} (ending it)`);
        child.kill?.('SIGKILL');
      }
    }
    setTimeout(() => {
      console.error('The test run could not end by itself; exiting with a failure.');
      process.exit(1);
    }, 5_000).unref();
  }, graceMs).unref();
}
