// Target times in working days (weekends and the HOLIDAYS list do not count), and the dashboard's
// overdue marks against a moved clock, across a weekend and across 추석 (Chuseok) 2026.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dueAfter, koreanHolidays } from '../dist/lib/working-days.js';
import { TEST_CONTACT_KEY, payload, signIn, startCollector } from './helpers.mjs';
import { managerConfig } from './seed.mjs';
import { contactKey } from '../dist/lib/contact-seal.js';

const seoul = { timeZone: 'Asia/Seoul', holidays: new Set(koreanHolidays) };
/** An instant given as Seoul wall-clock time. */
const kst = (local) => new Date(`${local}+09:00`);

describe('working-day targets', () => {
  it('should skip the weekend: opened on a Friday evening, one working day ends with Monday', () => {
    assert.equal(
      dueAfter(kst('2026-11-27T18:30:00'), 1, seoul).toISOString(),
      kst('2026-12-01T00:00:00').toISOString()
    );
  });

  it('should skip public holidays: opened the day before 추석, one working day ends with the Monday after', () => {
    // 2026-09-24 and 25 are 추석 (Thursday, Friday), then the weekend.
    assert.equal(
      dueAfter(kst('2026-09-23T10:00:00'), 1, seoul).toISOString(),
      kst('2026-09-29T00:00:00').toISOString()
    );
    // Seven working days from the same Wednesday: 28, 29, 30 Sep, 1, 2 Oct, then 5 Oct (개천절's
    // substitute) is skipped, 6, 7 Oct.
    assert.equal(
      dueAfter(kst('2026-09-23T10:00:00'), 7, seoul).toISOString(),
      kst('2026-10-08T00:00:00').toISOString()
    );
  });

  it('should count only weekends when the holiday list is emptied', () => {
    const noHolidays = { timeZone: 'Asia/Seoul', holidays: new Set() };
    assert.equal(
      dueAfter(kst('2026-09-23T10:00:00'), 1, noHolidays).toISOString(),
      kst('2026-09-25T00:00:00').toISOString()
    );
  });
});

describe('overdue cases on the dashboard', () => {
  it('should mark a case overdue only once its working-day target has passed, holidays included', async () => {
    const clock = { at: kst('2026-09-23T10:00:00') };
    const collector = await startCollector(
      'sqlite',
      { ...managerConfig, contactKeys: [contactKey(TEST_CONTACT_KEY)] },
      { now: () => clock.at }
    );
    try {
      const low = payload({ rating: { value: 1, max: 5, scale: 'faces5', label: '매우 불친절해요' } });
      const { receipt } = await (await collector.post(low)).json();
      const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
      const row = async () => {
        const page = await (await fetch(`${collector.url}/admin/cases`, { headers: session.headers })).text();
        return new RegExp(`<tr data-receipt="${receipt}" class="([^"]*)"`).exec(page)?.[1];
      };
      assert.equal(await row(), '', 'just opened');
      clock.at = kst('2026-09-28T23:59:00'); // past 추석 and the weekend, the last minute of the target
      assert.equal(await row(), '', 'not yet late on the Monday after the holidays');
      clock.at = kst('2026-09-29T00:01:00');
      assert.equal(await row(), 'overdue', 'late from Tuesday');
    } finally {
      await collector.stop();
    }
  });

  it('should tell the managers when the holiday list holds no day of this year, or in December of the next', async () => {
    const clock = { at: kst('2027-06-01T10:00:00') };
    const lines = [];
    const collector = await startCollector(
      'sqlite',
      { ...managerConfig, holidays: koreanHolidays.filter((day) => day.startsWith('2026-')) },
      { now: () => clock.at, logger: { level: 'warn', stream: { write: (line) => lines.push(line) } } }
    );
    try {
      assert.ok(
        lines.some((line) => /HOLIDAYS holds no day of 2027/.test(line)),
        'the log says so at start'
      );
      const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
      const notice = async () => {
        const page = await (await fetch(`${collector.url}/admin/cases`, { headers: session.headers })).text();
        return /<p class="notice" role="note">(공휴일 목록[^<]*)<\/p>/.exec(page)?.[1];
      };
      assert.match(await notice(), /^공휴일 목록\(HOLIDAYS\)에 2027년 날짜가 없어서/);
      clock.at = kst('2026-11-30T10:00:00');
      assert.equal(await notice(), undefined, "November 2026: this year's days are in the list");
      clock.at = kst('2026-12-01T10:00:00');
      assert.match(await notice(), /2027년/, "December: next year's cases fall due in January");
    } finally {
      await collector.stop();
    }
  });
});
