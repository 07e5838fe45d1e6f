// Progress for long commands: each step on stderr with its duration, so a user sees what is happening.

export interface StepLogger {
  step: <T>(what: string, work: () => Promise<T>) => Promise<T>;
  info: (line: string) => void;
}

export function stepLogger(write: (s: string) => void = (s) => process.stderr.write(s)): StepLogger {
  const t0 = performance.now();
  const stamp = () => `[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s]`;
  return {
    info: (line) => write(`${stamp()}   ${line}\n`),
    async step(what, work) {
      write(`${stamp()} ▸ ${what}...\n`);
      const s = performance.now();
      const result = await work();
      write(`${stamp()} ✓ ${what} (${((performance.now() - s) / 1000).toFixed(2)} s)\n`);
      return result;
    },
  };
}
