// The CSV export as two strict readers see it: csv-parse with RFC 4180 quoting, and Python's csv
// module reading with universal newlines (as a spreadsheet importer does). Comments written to start
// a row with a formula, or to look like one, must come back as the text they were, and no row may
// begin with a formula.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { startCollector } from './helpers.mjs';
import { auth, managerConfig, seeded, toPayload } from './seed.mjs';

const hostile = [
  'thanks\n=2+5',
  'thanks\r=2+5',
  'thanks\r\n@SUM(A1:A2)',
  '  =1+1',
  '\u3000=1+1',
  '＝HYPERLINK("http://evil")',
  '＋1',
  '＠A1',
  '－1',
  '\t=1',
  'a "quoted", comma',
];

describe('CSV export read by strict parsers', () => {
  let collector;
  let csv;
  before(async () => {
    collector = await startCollector('sqlite', managerConfig);
    for (const comment of hostile) {
      assert.equal((await collector.post(toPayload({ ...seeded[0], comment }))).status, 201);
    }
    csv = await (await fetch(`${collector.url}/api/export.csv`, { headers: auth })).text();
  });
  after(() => collector.stop());

  const formula = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

  it('should read back every comment as written, behind an apostrophe when it could be a formula', () => {
    const records = parse(csv, { columns: true, bom: true, relax_quotes: false, relax_column_count: false });
    assert.equal(records.length, hostile.length);
    for (const comment of hostile) {
      const shown = formula.test(comment) || /^[\t\r\n]/.test(comment) ? `'${comment}` : comment;
      assert.ok(
        records.some((record) => record.comment === shown),
        JSON.stringify(comment)
      );
    }
  });

  it("should leave no cell that Python's csv module, with universal newlines, reads as a formula", () => {
    const script = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode('utf-8-sig')
rows = list(csv.reader(io.StringIO(text, newline=None)))
print(json.dumps({"rows": len(rows), "bad": [cell for row in rows for cell in row if ${'__import__("re")'}.match(r"^[\\s\\u3000]*[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]", cell)]}))
`;
    const result = JSON.parse(execFileSync('python3', ['-c', script], { input: csv, encoding: 'utf8' }));
    assert.equal(result.rows, hostile.length + 1, 'one header and one row per submission');
    assert.deepEqual(result.bad, []);
  });
});
