// Follow-up by receipt (ISO 10002): a low rating with an e-mail address followed from receipt to
// closed over real HTTP, with the answer mailed through a real SMTP server and told to a webhook
// receiver; contact details sealed in the database; check codes that cannot be guessed; the purge
// when the retention ends; deletion by the visitor. Against a SQLite file and PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { POSTGRES_URL, TEST_CONTACT_KEY, payload, postForm, signIn, startCollector } from './helpers.mjs';
import { managerConfig } from './seed.mjs';
import { startMailServer } from './mail-server.mjs';
import { startReceiver, waitFor } from './receiver.mjs';
import { contactKey, newContactKey, openContact } from '../dist/lib/contact-seal.js';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const DAY = 24 * 60 * 60 * 1000;
const EMAIL = 'citizen.kim@example.com';
const PHONE = '010-2345-6789';
const NAME = '김민원';
const COMMENT = '번호표를 뽑고 한 시간을 기다렸는데 설명도 없이 다른 창구로 보냈어요';

const lowWithContact = (contact = { email: EMAIL, phone: PHONE, name: NAME }) =>
  payload({
    rating: { value: 1, max: 5, scale: 'faces5', label: '매우 불친절해요' },
    comment: COMMENT,
    contact: { ...contact, consent: { given: true, at: new Date().toISOString(), notice: 'contact-notice-v1' } },
  });

/** A clock the test moves. */
function testClock(start = new Date()) {
  const clock = { at: start, now: () => clock.at, move: (ms) => (clock.at = new Date(clock.at.getTime() + ms)) };
  return clock;
}

const caseConfig = (changes = {}) => ({ ...managerConfig, contactKeys: [contactKey(TEST_CONTACT_KEY)], ...changes });

async function lookUp(url, receipt, check) {
  const response = await fetch(`${url}/api/receipts/${receipt}?check=${encodeURIComponent(check)}`);
  return { status: response.status, body: await response.json() };
}

for (const kind of ['sqlite', 'postgres']) {
  describe(`cases (${kind})`, () => {
    let mail;
    let receiver;
    before(async () => {
      mail = await startMailServer();
      receiver = await startReceiver();
    });
    after(async () => {
      await mail.close();
      await receiver.close();
    });

    it('should follow a low rating with an e-mail address from receipt to closed: answered by mail, told by webhook, reopened once', async () => {
      const collector = await startCollector(
        kind,
        caseConfig({
          smtpUrl: mail.url,
          mailFrom: '민원여권과 <no-reply@example.go.kr>',
          caseWebhooks: [`${receiver.url}/case`],
          webhookSecret: secret,
        })
      );
      try {
        const sent = await collector.post(lowWithContact());
        assert.equal(sent.status, 201);
        const { receipt, check, statusUrl } = await sent.json();
        assert.match(check, /^[0-9A-HJKMNP-TV-Z]{8}$/);
        assert.equal(statusUrl, `${collector.url}/status?receipt=${receipt}&check=${check}`);
        const repeat = await (await collector.post(JSON.parse(JSON.stringify(lowWithContact())))).json();
        assert.notEqual(repeat.receipt, receipt, 'another submission is another case');

        let status = await lookUp(collector.url, receipt, check);
        assert.equal(status.status, 200);
        assert.equal(status.body.state, 'received');
        assert.deepEqual(Object.keys(status.body).sort(), [
          'answer',
          'contact',
          'receipt',
          'satisfied',
          'state',
          'updatedAt',
        ]);
        assert.doesNotMatch(JSON.stringify(status.body), /한 시간을|citizen|010-/, 'nothing the visitor wrote');

        const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
        const act = async (action, fields = {}) => {
          const response = await postForm(collector.url, `/admin/cases/${receipt}/${action}`, session, fields);
          assert.equal(response.status, 303, `${action} answered ${response.status}`);
          return new URL(response.headers.get('location'), collector.url).searchParams.get('done');
        };
        const list = await (await fetch(`${collector.url}/admin/cases`, { headers: session.headers })).text();
        assert.match(list, new RegExp(`data-receipt="${receipt}"`), 'the new case is on the list');

        assert.equal(await act('acknowledge'), 'acknowledge');
        assert.equal(await act('assign', { value: '민원여권과 박주무관' }), 'assign');
        assert.equal((await lookUp(collector.url, receipt, check)).body.state, 'in-progress');
        assert.equal(await act('close'), 'refused', 'a case is not closed before it is answered');

        const answer = '불편을 드려 죄송합니다. 안내 절차를 고치고 담당 직원 교육을 마쳤습니다.';
        assert.equal(await act('answer', { value: answer }), 'mailed');
        await waitFor(() => mail.mails.length === 1, 'the answer mail');
        const [first] = mail.mails;
        assert.deepEqual(first.envelopeTo, [EMAIL]);
        assert.equal(first.to.value[0].address, EMAIL);
        assert.match(first.subject, new RegExp(receipt));
        assert.match(first.text, new RegExp(answer));
        assert.ok(first.text.includes(statusUrl), 'the mail links the status page');

        await waitFor(() => receiver.received.some((entry) => entry.path === '/case'), 'the case.answered webhook');
        const told = receiver.received.find((entry) => entry.path === '/case');
        const event = new Webhook(secret).verify(told.body, told.headers);
        assert.equal(event.type, 'case.answered');
        assert.equal(event.data.receipt, receipt);
        assert.equal(event.data.answer, answer);
        assert.doesNotMatch(told.body, /citizen|010-|김민원/, 'no contact details leave by webhook');

        status = await lookUp(collector.url, receipt, check);
        assert.equal(status.body.state, 'answered');
        assert.equal(status.body.answer, answer);

        // 답변에 만족하셨나요? No: reopened for an extra reply.
        const rate = (satisfied) =>
          fetch(`${collector.url}/api/receipts/${receipt}/satisfaction`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ check, satisfied }),
          });
        const no = await rate(false);
        assert.equal(no.status, 200);
        assert.equal((await no.json()).state, 'in-progress');
        assert.equal((await rate(false)).status, 409, 'an answer is rated once');
        assert.equal(await act('answer', { value: `${answer} 다음 주부터 안내문도 바꿉니다.` }), 'mailed');
        await waitFor(() => mail.mails.length === 2, 'the second answer mail');
        const yes = await rate(true);
        assert.equal((await yes.json()).state, 'closed');

        const page = await (
          await fetch(`${collector.url}/admin/cases/${receipt}`, { headers: session.headers })
        ).text();
        const records = [...page.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1]);
        assert.deepEqual(records, [
          '접수',
          '확인',
          '담당 지정',
          '답변',
          '연락처 열람',
          '답변 메일 보냄',
          '방문자: 불만족 (다시 열림)',
          '답변',
          '연락처 열람',
          '답변 메일 보냄',
          '방문자: 만족',
        ]);
        assert.match(page, /c\*\*\*@example\.com/, 'the history says where the mail went, masked');
        const flat = page.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
        assert.match(flat, /<th scope="row">접수<\/th> <td>답변 요청<\/td>/, 'why it opened, in words');
        assert.ok(
          flat.includes(`<h2>공개 답변</h2> <p class="comment">${answer} 다음 주부터 안내문도 바꿉니다.</p>`),
          'the closed case still shows the answer the visitor read'
        );
        assert.doesNotMatch(page, /citizen\.kim/, 'the address itself only behind the button');

        const shown = await (await postForm(collector.url, `/admin/cases/${receipt}/contact`, session, {})).text();
        assert.ok(shown.includes(EMAIL) && shown.includes(PHONE) && shown.includes(NAME), 'a manager can read them');
        const evidence = await (await fetch(`${collector.url}/admin/cases`, { headers: session.headers })).text();
        const row = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(evidence)[1].replace(/\s+/g, ' ');
        assert.match(
          row,
          /<td class="number">2<\/td> <td class="number">1 \(50%\)<\/td> <td class="number">1 \(50%\)<\/td>/
        );
        // And as a chart before the table, each bar named in words and figures, as long as its share.
        const chart = /<svg\s+class="chart evidence-chart"[\s\S]*?<\/svg>/
          .exec(evidence)[0]
          .replace(/<!--[^>]*-->/g, '')
          .replace(/\s+/g, ' ');
        assert.match(chart, /role="img" aria-labelledby="evidence-chart-caption"/);
        const total = /<g data-department="전체">([\s\S]*?)<\/g>/.exec(chart)[1];
        const bars = [...total.matchAll(/data-measure="(\w+)"[^>]*width="([\d.]+)"[^>]*><title>([^<]+)<\/title>/g)];
        assert.deepEqual(
          bars.map(([, measure, width, title]) => [measure, Number(width), title]),
          [
            ['acknowledged', 210, '전체, 기한 안 확인: 50%'],
            ['answered', 210, '전체, 기한 안 답변: 50%'],
            ['satisfied', 420, '전체, 답변 만족: 100%'],
          ]
        );
        // The same figures as a spreadsheet, linked from the table; only for a signed-in account.
        const link = /href="(\/admin\/cases\/evidence\.csv\?[^"]+)"/.exec(evidence)[1].replaceAll('&amp;', '&');
        const csv = await fetch(`${collector.url}${link}`, { headers: session.headers });
        assert.equal(csv.status, 200);
        assert.match(csv.headers.get('content-type'), /^text\/csv; charset=utf-8/);
        const bytes = Buffer.from(await csv.arrayBuffer());
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, for Excel');
        const lines = parse(bytes.subarray(3).toString('utf8'), { columns: true });
        assert.deepEqual(lines.at(-1), {
          department: '전체',
          received: '2',
          acknowledged_in_time: '1',
          answered_in_time: '1',
          median_answer_days: lines.at(-1).median_answer_days,
          rated: '1',
          satisfied: '1',
          reopened: '1',
        });
        assert.match(lines.at(-1).median_answer_days, /^\d+(\.\d)?$/);
        assert.notEqual(
          (await fetch(`${collector.url}${link}`, { redirect: 'manual' })).status,
          200,
          'not without a session'
        );
      } finally {
        await collector.stop();
      }
    });

    it('should offer to send a failed answer mail again, and send it once', async () => {
      const collector = await startCollector(
        kind,
        caseConfig({ smtpUrl: mail.url, mailFrom: 'noreply@example.go.kr' })
      );
      try {
        const { receipt } = await (await collector.post(lowWithContact())).json();
        const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
        const done = async (path, fields = {}) => {
          const response = await postForm(collector.url, `/admin/cases/${receipt}/${path}`, session, fields);
          assert.equal(response.status, 303);
          return new URL(response.headers.get('location'), collector.url).searchParams.get('done');
        };
        const page = async () =>
          (await fetch(`${collector.url}/admin/cases/${receipt}`, { headers: session.headers })).text();
        const before = mail.mails.length;
        mail.refuseNext(1);
        assert.equal(await done('answer', { value: '다시 안내드립니다.' }), 'mail-failed');
        assert.match(await page(), /답변 메일 다시 보내기/);
        assert.equal(await done('mail'), 'mailed');
        assert.equal(mail.mails.length, before + 1);
        assert.match(mail.mails.at(-1).text, /다시 안내드립니다\./);
        assert.doesNotMatch(await page(), /답변 메일 다시 보내기/, 'not offered once it went');
        assert.equal(await done('mail'), 'refused', 'never twice');
        const records = (await collector.store.cases.events(receipt)).map((event) => event.action);
        assert.deepEqual(
          records.filter((action) => action.startsWith('mail-')),
          ['mail-failed', 'mail-sent']
        );
      } finally {
        await collector.stop();
      }
    });

    it('should seal the contact details that submissions stored before cases hold in the clear, once, and only with a key', async () => {
      /** Runs one statement on the collector's database from outside, as the older version's rows were written. */
      const raw = async (collector, sql, params) => {
        if (kind === 'sqlite') {
          const db = new Database(collector.sqliteFile);
          try {
            const statement = db.prepare(sql.replace(/\$\d+(::jsonb)?/g, '?'));
            return statement.reader ? statement.all(...params) : (statement.run(...params), []);
          } finally {
            db.close();
          }
        }
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        try {
          await client.query(`SET search_path TO ${collector.schema}`);
          return (await client.query(sql, params)).rows;
        } finally {
          await client.end();
        }
      };
      const contact = { name: NAME, email: EMAIL, phone: PHONE };
      const legacyRow = async (collector) => {
        const body = payload({ contact: null });
        const { receipt } = await (await collector.post(body)).json();
        const old = { ...body, contact: { ...contact, consent: { given: true, at: body.createdAt, notice: 'v0' } } };
        await raw(collector, 'UPDATE submissions SET payload = $1::jsonb WHERE id = $2', [
          JSON.stringify(old),
          body.id,
        ]);
        return { receipt, id: body.id };
      };
      const storedPayload = async (collector, id) => {
        const [row] = await raw(collector, 'SELECT payload FROM submissions WHERE id = $1', [id]);
        return typeof row.payload === 'string' ? row.payload : JSON.stringify(row.payload);
      };

      const keyless = await startCollector(kind, managerConfig);
      try {
        const { receipt, id } = await legacyRow(keyless);
        const report = await keyless.app.housekeeping.run();
        assert.deepEqual([report.sealed, report.unsealed], [0, 1], 'nowhere safe to move them without a key');
        assert.ok((await storedPayload(keyless, id)).includes(EMAIL), 'left as they were, not destroyed');
        assert.equal(await keyless.store.cases.find(receipt), undefined);
      } finally {
        await keyless.stop();
      }

      const collector = await startCollector(kind, caseConfig());
      try {
        const { receipt, id } = await legacyRow(collector);
        assert.equal((await collector.app.housekeeping.run()).sealed, 1);
        const stored = await storedPayload(collector, id);
        for (const text of [EMAIL, PHONE, NAME]) assert.ok(!stored.includes(text), `${text} gone from the payload`);
        assert.deepEqual(JSON.parse(stored).contact.consent.notice, 'v0', 'the record of consent stays');
        const opened = await collector.store.cases.find(receipt);
        assert.deepEqual([opened.state, opened.reason, opened.has_contact], ['received', 'contact', true]);
        const sealed = await collector.store.cases.readContact(receipt, 'view-contact', 'test', new Date());
        assert.deepEqual(openContact(sealed, receipt, [contactKey(TEST_CONTACT_KEY)]), contact);
        assert.equal((await collector.app.housekeeping.run()).sealed, 0, 'once');
      } finally {
        await collector.stop();
      }
    });

    it('should keep contact details where no one without the key can read them, and open them with a rotated key list', async () => {
      const collector = await startCollector(kind, caseConfig());
      let reopened;
      try {
        const { receipt } = await (await collector.post(lowWithContact())).json();
        if (kind === 'sqlite') {
          const bytes = ['', '-wal']
            .map((suffix) => collector.sqliteFile + suffix)
            .filter(existsSync)
            .map((file) => readFileSync(file).toString('latin1'));
          assert.ok(bytes.join('').includes(COMMENT.length ? 'CF-' : ''), 'the file holds the submissions');
          for (const secretText of [EMAIL, PHONE, Buffer.from(NAME).toString('latin1')]) {
            assert.ok(!bytes.some((text) => text.includes(secretText)), `${secretText} is not in the database file`);
          }
        } else {
          const client = new pg.Client({ connectionString: POSTGRES_URL });
          await client.connect();
          try {
            const { rows } = await client.query(
              `SELECT s.payload::text AS payload, encode(c.contact, 'escape') AS contact FROM ${collector.schema}.submissions s JOIN ${collector.schema}.cases c ON c.submission_id = s.id WHERE c.receipt = $1`,
              [receipt]
            );
            const text = rows[0].payload + rows[0].contact;
            for (const secretText of [EMAIL, PHONE, NAME])
              assert.ok(!text.includes(secretText), `${secretText} is not stored readable`);
            assert.match(rows[0].payload, /"consent"/, 'the consent is kept as its record');
          } finally {
            await client.end();
          }
        }
        await collector.stop({ keepData: true });

        // Another key alone cannot open them; the new key first and the old one after it can.
        const other = contactKey(newContactKey());
        const keyed = (contactKeys) =>
          startCollector(
            kind,
            { ...managerConfig, contactKeys },
            { schema: collector.schema, sqliteFile: collector.sqliteFile }
          );
        const wrong = await keyed([other]);
        try {
          const session = await signIn(wrong.url, managerConfig.adminUser, managerConfig.adminPassword);
          const page = await (await postForm(wrong.url, `/admin/cases/${receipt}/contact`, session, {})).text();
          assert.match(page, /연락처를 열 수 없어요/);
          assert.ok(!page.includes(EMAIL));
        } finally {
          await wrong.stop({ keepData: true });
        }
        reopened = await keyed([other, contactKey(TEST_CONTACT_KEY)]);
        const session = await signIn(reopened.url, managerConfig.adminUser, managerConfig.adminPassword);
        const page = await (await postForm(reopened.url, `/admin/cases/${receipt}/contact`, session, {})).text();
        assert.ok(page.includes(EMAIL), 'the old key still opens what it sealed');
      } finally {
        await (reopened ?? collector).stop().catch(() => undefined);
      }
    });

    it('should answer a wrong check code and an unknown receipt alike, and refuse guessing after the lookup limit', async () => {
      const collector = await startCollector(kind, caseConfig({ lookupRateLimit: 5 }));
      try {
        const { receipt, check } = await (await collector.post(lowWithContact())).json();
        const wrongCheck = await lookUp(
          collector.url,
          receipt,
          check.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
        );
        const unknown = await lookUp(
          collector.url,
          receipt.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
          check
        );
        assert.equal(wrongCheck.status, 404);
        assert.deepEqual(wrongCheck, unknown);
        assert.equal((await lookUp(collector.url, receipt, check)).status, 200);
        const page = await fetch(`${collector.url}/status?receipt=${receipt}&check=WRONGONE`);
        assert.equal(page.status, 404);
        assert.match(await page.text(), /role="alert">접수번호와 확인 코드가 맞는 의견이 없어요/);
        // Five in the minute, whichever route (four so far, one of them the page): the fifth passes,
        // the sixth, even with the right code, is refused.
        assert.equal((await lookUp(collector.url, receipt, check)).status, 200);
        const refused = await lookUp(collector.url, receipt, check);
        assert.equal(refused.status, 429);
        assert.equal(refused.body.error, 'rate_limited');
        const refusedPage = await fetch(`${collector.url}/status?receipt=${receipt}&check=${check}`);
        assert.equal(refusedPage.status, 429);
        assert.match(refusedPage.headers.get('content-type'), /^text\/html/, 'the page says it in HTML');
        assert.match(await refusedPage.text(), /role="alert">조회를 너무 여러 번 했어요. \d+초 뒤에/);
      } finally {
        await collector.stop();
      }
    });

    it('should delete contact details, and nothing else, by itself once the retention after closing has ended', async () => {
      const clock = testClock();
      const config = caseConfig({ contactRetentionDays: 30, closeUnratedAfterDays: 14 });
      const collector = await startCollector(kind, config, { now: clock.now });
      let later;
      try {
        const closed = await (await collector.post(lowWithContact())).json();
        const open = await (await collector.post(lowWithContact({ phone: PHONE }))).json();
        const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
        await postForm(collector.url, `/admin/cases/${closed.receipt}/answer`, session, { value: '답변드립니다.' });

        // 14 days unrated: closed by the collector; 29 days after that, the contact is still kept.
        clock.move(15 * DAY);
        assert.deepEqual(await collector.app.housekeeping.run(), { sealed: 0, unsealed: 0, closed: 1, purged: 0 });
        clock.move(29 * DAY);
        assert.deepEqual(await collector.app.housekeeping.run(), { sealed: 0, unsealed: 0, closed: 0, purged: 0 });
        assert.equal((await lookUp(collector.url, closed.receipt, closed.check)).body.contact, 'kept');
        await collector.stop({ keepData: true });

        // Two days later a new start purges by itself, before anyone asks.
        clock.move(2 * DAY);
        later = await startCollector(kind, config, {
          schema: collector.schema,
          sqliteFile: collector.sqliteFile,
          now: clock.now,
        });
        await waitFor(
          async () => (await later.store.cases.find(closed.receipt)).has_contact === false,
          'the purge at start'
        );
        const purged = await lookUp(later.url, closed.receipt, closed.check);
        assert.equal(purged.body.state, 'closed');
        assert.equal(purged.body.contact, 'deleted');
        assert.equal(purged.body.answer, '답변드립니다.', 'the answer stays');
        assert.equal((await later.store.cases.find(open.receipt)).has_contact, true, 'an open case keeps its contact');
        const submission = await later.store.find((await later.store.cases.find(closed.receipt)).submission_id);
        assert.equal(submission.comment, COMMENT, 'the feedback itself stays');
        const events = await later.store.cases.events(closed.receipt);
        assert.deepEqual(
          events.map((event) => [event.action, event.actor]),
          [
            ['open', 'visitor'],
            ['answer', 'manager'],
            ['expire', 'collector'],
            ['purge-contact', 'collector'],
          ]
        );
        const sealedRows = await later.store.cases.readContact(closed.receipt, 'view-contact', 'test', clock.now());
        assert.equal(sealedRows, undefined, 'nothing left to read');
      } finally {
        await (later ?? collector).stop().catch(() => undefined);
      }
    });

    it('should let the visitor delete their contact details on the page that needs no JavaScript', async () => {
      const collector = await startCollector(kind, caseConfig());
      try {
        const { receipt, check, statusUrl } = await (await collector.post(lowWithContact())).json();
        const page = await (await fetch(statusUrl)).text();
        assert.match(page, /남긴 연락처 지우기/);
        const deleted = await fetch(`${collector.url}/status`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ receipt, check, action: 'delete-contact' }).toString(),
        });
        assert.equal(deleted.status, 303);
        const after = await (await fetch(new URL(deleted.headers.get('location'), collector.url))).text();
        assert.match(after, /role="status">남기신 연락처를 지웠어요/);
        assert.doesNotMatch(after, /남긴 연락처 지우기/);
        assert.equal((await lookUp(collector.url, receipt, check)).body.contact, 'deleted');
        const [, last] = (await collector.store.cases.events(receipt)).map((event) => [event.action, event.actor]);
        assert.deepEqual(last, ['delete-contact', 'visitor']);
      } finally {
        await collector.stop();
      }
    });

    it('should let a visitor who rated in Vietnamese follow the case in Vietnamese, and switch to any of the five', async () => {
      const collector = await startCollector(
        kind,
        caseConfig({ smtpUrl: mail.url, mailFrom: '민원여권과 <no-reply@example.go.kr>' })
      );
      try {
        const sent = await (await collector.post({ ...lowWithContact(), locale: 'vi' })).json();
        assert.equal(sent.statusUrl, `${collector.url}/status?receipt=${sent.receipt}&check=${sent.check}&lang=vi`);
        const flat = (text) => text.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
        const page = flat(await (await fetch(sent.statusUrl)).text());
        assert.match(page, /<html lang="vi">/);
        assert.match(page, /<h1>Theo dõi ý kiến của bạn<\/h1>/);
        assert.match(page, /<a class="skip" href="#main">Chuyển đến nội dung<\/a>/);
        assert.match(page, /Đã tiếp nhận/, 'the state in Vietnamese');
        const links = [
          ...page.matchAll(/<a href="([^"]+)" lang="(\w+)" hreflang="\w+" aria-current="(\w+)" ?>([^<]+)<\/a ?>/g),
        ];
        assert.deepEqual(
          links.map(([, , code, current, name]) => [code, current, name]),
          [
            ['ko', 'false', '한국어'],
            ['en', 'false', 'English'],
            ['ja', 'false', '日本語'],
            ['zh', 'false', '中文'],
            ['vi', 'page', 'Tiếng Việt'],
          ]
        );
        const japanese = links.find(([, , code]) => code === 'ja')[1].replaceAll('&amp;', '&');
        assert.match(
          flat(await (await fetch(`${collector.url}${japanese}`)).text()),
          /<h1>ご意見の処理状況の確認<\/h1>/
        );

        // The manager's answer (in the manager's words) reaches them in a Vietnamese mail.
        const session = await signIn(collector.url, managerConfig.adminUser, managerConfig.adminPassword);
        const mailsBefore = mail.mails.length;
        const answered = await postForm(collector.url, `/admin/cases/${sent.receipt}/answer`, session, {
          value: 'Xin lỗi vì sự bất tiện.',
        });
        assert.match(answered.headers.get('location'), /done=mailed/);
        await waitFor(() => mail.mails.length === mailsBefore + 1, 'the answer mail');
        const vietnamese = mail.mails.at(-1);
        assert.equal(vietnamese.subject, `[${sent.receipt}] Trả lời ý kiến của bạn`);
        assert.match(vietnamese.text, /^Đây là câu trả lời cho ý kiến của bạn/);
        assert.ok(vietnamese.text.includes('Xin lỗi vì sự bất tiện.'));
        assert.ok(vietnamese.text.includes(sent.statusUrl), 'the link opens the page in Vietnamese');

        // The page's own form keeps the language through the action and its redirect.
        const deleted = await fetch(`${collector.url}/status?lang=vi`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ receipt: sent.receipt, check: sent.check, action: 'delete-contact' }).toString(),
        });
        const after = flat(await (await fetch(new URL(deleted.headers.get('location'), collector.url))).text());
        assert.match(after, /role="status">Đã xóa thông tin liên lạc của bạn/);

        // Without a `lang`, the browser's languages choose; one the widget does not speak gives Korean.
        const asked = async (acceptLanguage) =>
          /<html lang="(\w+)">/.exec(
            await (await fetch(`${collector.url}/status`, { headers: { 'Accept-Language': acceptLanguage } })).text()
          )[1];
        assert.equal(await asked('zh-TW,zh;q=0.9'), 'zh');
        assert.equal(await asked('fr-FR,ja;q=0.5'), 'ja');
        assert.equal(await asked('fr-FR'), 'ko');
        const korean = await (await collector.post(lowWithContact())).json();
        assert.doesNotMatch(korean.statusUrl, /lang=/, 'Korean, the default, needs no parameter');
      } finally {
        await collector.stop();
      }
    });
  });
}
