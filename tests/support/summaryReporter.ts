// Prints the run's closing note: the ten slowest tests, one line each (where the time goes, for whoever wants the
// suite faster), then one line, "tests: N passed, N failed[, N skipped]", that CI systems read as the run's result.
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST_SHOWN = 10;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const timed: TimedTest[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        const ms = test.diagnostic()?.duration;
        if (ms !== undefined) timed.push({ name: `${test.module.relativeModuleId} > ${test.fullName}`, ms });
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(slowestTests(timed));
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

export interface TimedTest {
  /** File and full test name. */
  name: string;
  ms: number;
}

/** The slowest tests, slowest first, one line each with its duration in seconds; nothing when none ran. */
export function slowestTests(timed: readonly TimedTest[], shown = SLOWEST_SHOWN): string {
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, shown);
  if (slowest.length === 0) return '';
  const lines = slowest.map(({ name, ms }) => `${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  return `\nslowest ${slowest.length} tests:\n${lines.join('\n')}\n`;
}
