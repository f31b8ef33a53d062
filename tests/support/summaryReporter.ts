// Prints the run's closing note: the ten slowest tests and the five slowest files, one line each (where the time
// goes, for whoever wants the suite faster; a file's time includes the set-up its tests share, such as one full run
// of the course that several tests read), then one line, "tests: N passed, N failed[, N skipped]", that CI systems read as the run's result.
import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST_TESTS_SHOWN = 10;
const SLOWEST_FILES_SHOWN = 5;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const timed: Timed[] = [];
    const timedFiles: Timed[] = [];
    for (const module of testModules) {
      timedFiles.push({ name: module.relativeModuleId, ms: module.diagnostic().duration });
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
    process.stdout.write(slowest(timed, 'tests', SLOWEST_TESTS_SHOWN));
    process.stdout.write(slowest(timedFiles, 'test files', SLOWEST_FILES_SHOWN));
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

export interface Timed {
  /** A test's file and full name, or a file's path. */
  name: string;
  ms: number;
}

/** The slowest tests (or files), slowest first, one line each with its duration in seconds; nothing when none ran. */
export function slowest(timed: readonly Timed[], kind: 'tests' | 'test files', shown: number): string {
  const top = [...timed].sort((a, b) => b.ms - a.ms).slice(0, shown);
  if (top.length === 0) return '';
  const lines = top.map(({ name, ms }) => `${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  return `\nslowest ${top.length} ${kind}:\n${lines.join('\n')}\n`;
}
