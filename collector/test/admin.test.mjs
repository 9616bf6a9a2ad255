// The manager's stats API and CSV export, over real HTTP, against SQLite and PostgreSQL: the
// numbers must match the rows stored, and the CSV must read back exactly (and safely in Excel).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { startCollector } from './helpers.mjs';
import { auth, managerConfig, seeded, toPayload } from './seed.mjs';
import { localDay } from '../dist/lib/time-zone.js';

for (const kind of ['sqlite', 'postgres']) {
  describe(`manager API (${kind})`, () => {
    let collector;
    before(async () => {
      collector = await startCollector(kind, managerConfig);
      for (const row of seeded) assert.equal((await collector.post(toPayload(row))).status, 201);
    });
    after(() => collector.stop());

    const get = (path, headers = auth) => fetch(`${collector.url}${path}`, { headers });

    it('should refuse the stats and the export without the right credentials', async () => {
      assert.equal((await get('/api/stats', {})).status, 401);
      const wrong = { Authorization: `Basic ${Buffer.from('manager:guess').toString('base64')}` };
      assert.equal((await get('/api/stats', wrong)).status, 401);
      assert.equal((await get('/api/export.csv', wrong)).status, 401);
    });

    it('should give the kindness index and counts per department, matching the stored rows', async () => {
      const response = await get('/api/stats?by=department');
      assert.equal(response.status, 200);
      const { groups } = await response.json();
      // 민원여권과: 5/5 → 100, 4/5 → 75, 1/5 → 0: mean 58.3. 세무과: 좋아요 → 100, 아쉬워요 → 0: 50.
      assert.deepEqual(groups, [
        { key: '민원여권과', label: '민원여권과', responses: 3, kindness: 58.3, top: 1, low: 1 },
        { key: '세무과', label: '세무과', responses: 2, kindness: 50, top: 1, low: 1 },
      ]);
    });

    it('should group by staff member, channel and day', async () => {
      const staff = (await (await get('/api/stats?by=staff')).json()).groups;
      assert.deepEqual(
        staff.map((group) => [group.key, group.label, group.responses, group.kindness]),
        [
          ['A-102', '김민원', 2, 87.5],
          ['B-201', '박세무', 2, 50],
          ['A-103', '이친절', 1, 0],
        ]
      );
      const channels = (await (await get('/api/stats?by=channel')).json()).groups.map((group) => group.key).sort();
      assert.deepEqual(channels, ['online', 'phone', 'visit']);
      const days = (await (await get('/api/stats?by=day')).json()).groups;
      assert.deepEqual(
        days.map((day) => [day.key, day.responses]),
        [[localDay(new Date(), 'Asia/Seoul'), 5]]
      );
    });

    it('should refuse an unknown grouping or a bad period naming the parameter', async () => {
      const response = await get('/api/stats?by=password');
      assert.equal(response.status, 400);
      assert.equal((await response.json()).field, 'by');
      assert.equal((await (await get('/api/stats?from=yesterday')).json()).field, 'from');
      const empty = await (await get('/api/stats?from=2020-01-01&to=2020-02-01')).json();
      assert.deepEqual(empty.groups, []);
    });

    it('should export CSV that Excel opens as Korean text and reads back exactly, with formulas neutralised', async () => {
      const response = await get('/api/export.csv');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition'), /attachment; filename="courtesy-feedback-/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const records = parse(new TextDecoder().decode(bytes), { columns: true, bom: true });
      assert.equal(records.length, seeded.length);
      const byComment = (text) => records.find((record) => record.comment === text);
      assert.ok(byComment('끝까지 설명해 주셨어요'));
      assert.ok(byComment(`'=HYPERLINK("http://evil")`), 'a formula is shown as text');
      assert.ok(byComment(`'+좋아요, "감사"합니다`));
      assert.ok(byComment(`'-대기 시간이\n길었어요`), 'line breaks survive quoting');
      assert.deepEqual(records.map((record) => record.staff_name).sort(), [
        '김민원',
        '김민원',
        '박세무',
        '박세무',
        '이친절',
      ]);
      assert.ok(records.every((record) => /^CF-\d{8}-/.test(record.receipt)));
    });
  });
}

describe('manager API without credentials configured', () => {
  it('should answer 503 and say how to enable it', async () => {
    const collector = await startCollector('sqlite');
    try {
      const response = await fetch(`${collector.url}/api/stats`, { headers: auth });
      assert.equal(response.status, 503);
      const { message } = await response.json();
      assert.match(message, /user add NAME/);
      assert.match(message, /ADMIN_USER and ADMIN_PASSWORD/);
    } finally {
      await collector.stop();
    }
  });
});
