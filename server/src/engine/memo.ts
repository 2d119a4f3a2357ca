/**
 * Memos of pure functions, kept for the life of the process so that the next
 * check of a draft (a keystroke later) finds what the last one worked out.
 * Each is bounded: past its limit it forgets everything and starts over,
 * so a day of typing cannot grow it without end, and a check never pays
 * more than one refill.
 */

/** `fn` remembered by its string argument. */
export function memoize<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}

/** `fn` remembered by its two string arguments, in order (no key is built by joining them). */
export function memoizePair<T>(fn: (a: string, b: string) => T, limit = 200_000): (a: string, b: string) => T {
  const known = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b) => {
    let row = known.get(a);
    const hit = row?.get(b);
    if (hit !== undefined || row?.has(b)) return hit as T;
    if (size >= limit) {
      known.clear();
      size = 0;
      row = undefined;
    }
    if (!row) {
      row = new Map();
      known.set(a, row);
    }
    const value = fn(a, b);
    row.set(b, value);
    size++;
    return value;
  };
}

/**
 * Strings as small numbers, so that an article-wide set or count of words is
 * a typed array rather than a Map: summing a 100,000-word draft's sentences
 * then costs array writes, not string hashing. Bounded like the memos, but
 * only when told (`trim`, between checks, so that no check mixes ids of two
 * generations): past `limit` strings it starts over with a new
 * `generation`, and whoever keeps ids must check it and read them again.
 */
export class Interner {
  private ids = new Map<string, number>();
  generation = 0;

  constructor(private readonly limit = 500_000) {}

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  trim(): void {
    if (this.ids.size <= this.limit) return;
    this.ids.clear();
    this.generation++;
  }
}

/** A set of ids emptied at once by starting a new round (no clearing of the array). */
export class IdSet {
  private rounds: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private round = 1;

  clear(): void {
    if (++this.round === 0x7fffffff) {
      this.rounds.fill(0);
      this.round = 1;
    }
  }

  add(id: number): void {
    if (id >= this.rounds.length) this.rounds = grown(this.rounds, id);
    this.rounds[id] = this.round;
  }

  has(id: number): boolean {
    return id < this.rounds.length && this.rounds[id] === this.round;
  }
}

function grown(array: Int32Array, id: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(array.length * 2, id + 1));
  bigger.set(array);
  return bigger;
}

/** A map from ids to values, emptied at once like IdSet; `values` in the order first set. */
export class IdMap<T> {
  private readonly seen = new IdSet();
  private slots: Int32Array<ArrayBuffer> = new Int32Array(1024);
  values: T[] = [];

  clear(): void {
    this.seen.clear();
    this.values = [];
  }

  get(id: number): T | undefined {
    return this.seen.has(id) ? this.values[this.slots[id]] : undefined;
  }

  set(id: number, value: T): void {
    if (id >= this.slots.length) this.slots = grown(this.slots, id);
    if (this.seen.has(id)) this.values[this.slots[id]] = value;
    else {
      this.seen.add(id);
      this.slots[id] = this.values.length;
      this.values.push(value);
    }
  }
}

/**
 * What each sentence says, read once and kept while one of the last few
 * checks used it: a re-check after a keystroke finds every other sentence
 * already read (keyed by the sentence's parse, shared by every check of
 * the same paragraph text), yet what is kept does not grow with the parse
 * cache — only the drafts checked lately are.
 */
export class RecentReadings<K, V> {
  /** Each reading with the number of the last check that used it: a check after a keystroke only marks what it finds. */
  private known = new Map<K, { value: V; used: number }>();
  private check = 0;
  private used = false;

  constructor(private readonly checks = 4) {}

  /** A new check starts: what the last ones read stays at hand, anything older is let go. */
  startCheck(): void {
    if (!this.used) return;
    this.used = false;
    const oldest = ++this.check - (this.checks - 1);
    for (const [key, kept] of this.known) if (kept.used < oldest) this.known.delete(key);
  }

  /**
   * Lets go of readings a check no longer uses, for a check that reads only
   * what an edit changed and so starts no check here: without it, what every
   * keystroke replaced would stay until the next full reading.
   */
  forget(keys: Iterable<K>): number {
    let gone = 0;
    for (const key of keys) if (this.known.delete(key)) gone++;
    return gone;
  }

  get(key: K, read: () => V): V {
    this.used = true;
    const kept = this.known.get(key);
    if (kept !== undefined) {
      kept.used = this.check;
      return kept.value;
    }
    const value = read();
    this.known.set(key, { value, used: this.check });
    return value;
  }
}
