/**
 * A Vitest reporter that ends the run with one plain line, "<suite>: N passed, N failed, N skipped",
 * so CI logs carry the same closing line whatever runner produced them. A module that failed to load
 * (syntax error, missing file) counts as a failure, so a broken file can't look like a green run.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private readonly suite: string;

  constructor(options: { suite?: string } = {}) {
    this.suite = options.suite ?? 'tests';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    console.log(`\n${this.suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
