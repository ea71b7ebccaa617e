/** One benchmark suite: measures, prints figures for people via `log`, returns the JSON keys it reports. */
export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<Record<string, number>>;
}

export interface BenchContext {
  /** A line for people (stdout normally; stderr under --json so stdout stays one JSON line). */
  log(line: string): void;
  /** A git-ignored folder for generated inputs that are kept between runs. */
  dataDir: string;
}

/** Runs `fn` repeatedly for at least `minMs` and returns operations per second. */
export function opsPerSecond(fn: () => void, minMs = 300): number {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    ops++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return ops / (elapsed / 1000);
}
