// Writes the number of passed, failed and skipped tests per browser to a JSON file, so that the
// test script can print one total line for both Lit modes and the issue notes can quote counts.
// Failures are kept too (file, test, first line of the error): the script prints them last, where
// a CI log that keeps only its tail still shows what failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const firstLine = (error) =>
  String(error?.message ?? error ?? '')
    .split('\n')[0]
    .slice(0, 300);

function count(suite, totals, file, path) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push({ file, test: [...path, test.name].join(' › '), error: firstLine(test.error) });
    }
  }
  for (const child of suite.suites) count(child, totals, file, [...path, child.name]);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const totals = (byBrowser[session.browser.name] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
          errors: 0,
          failures: [],
        });
        const testFile = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, totals, testFile, []);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.errors += session.errors.length;
          for (const error of session.errors)
            totals.failures.push({ file: testFile, test: '(file)', error: firstLine(error) });
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
