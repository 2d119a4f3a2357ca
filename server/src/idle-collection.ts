/**
 * A full garbage collection once the reporter pauses. Each keystroke in a
 * long draft leaves garbage that outlives the young generation (the
 * readings the edit replaced, the findings and diagnostics of the last
 * check), and V8 collects it only when the heap has grown far: a server left
 * open through an afternoon of typing held hundreds of megabytes it no
 * longer used. Collected when no check has run for a while: the collection
 * stops the server for a few milliseconds on a short draft and 150–180 ms on
 * a book-length one, while the reporter is not typing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's full collection, exposed at run time: the server cannot count on being started with --expose-gc. */
export function fullCollection(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    // A new context is made with the flag set, and its gc collects the whole heap, this one's too.
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

export class IdleCollection {
  private timer?: NodeJS.Timeout;
  /** The heap in use after the last collection. */
  private floor = 0;

  constructor(
    /** How long after the last check the heap is collected. */
    private readonly pause = 2_000,
    /**
     * How far the heap must have grown since the last collection: a short
     * draft's checks leave little, and a collection of a book-length
     * draft's heap takes 100–200 ms on these machines (an instant the
     * reporter could start typing again in).
     */
    private readonly growth = 16e6,
    private readonly collect = fullCollection(),
  ) {}

  /** A check has run: the heap is collected once none has for the pause. */
  checked(): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collectIfGrown(), this.pause);
    // Nothing to wait for on the way out.
    this.timer.unref();
  }

  private collectIfGrown(): void {
    if (process.memoryUsage().heapUsed - this.floor < this.growth) return;
    this.collect?.();
    this.floor = process.memoryUsage().heapUsed;
  }
}
