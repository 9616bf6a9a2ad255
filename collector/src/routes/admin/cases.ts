// The manager's cases (behind the manager scope's credentials): the list with its targets and the
// period's figures, one case with its actions, the contact details opened (and the opening logged),
// a person's record exported, their contact details deleted. An answer is mailed to the visitor's
// e-mail address when SMTP is set, and told to CASE_WEBHOOKS receivers (case.answered).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { matchLocale } from 'courtesy-feedback/server.js';
import { mailerFor } from '../../cases/answer-mail.js';
import { mailFailedLast } from '../../cases/mail-attempts.js';
import { managerActions, openStates, type CaseAction } from '../../cases/case-states.js';
import { evidence } from '../../cases/evidence.js';
import { evidenceCsv } from '../../cases/evidence-csv.js';
import { followUp } from '../../cases/follow-up.js';
import { calendarOf, targetsOf } from '../../cases/targets.js';
import type { CaseRow } from '../../db/cases.js';
import { InputError } from '../../errors.js';
import { openContact, type ContactFields } from '../../lib/contact-seal.js';
import { filtersQueryProperties, readFilters, type FiltersQuery } from '../../lib/filters.js';
import { langSuffix } from '../../lib/language.js';
import { publicBase } from '../../lib/public-base.js';
import { receiptPattern } from '../../lib/receipt.js';
import { yearsWithoutHolidays } from '../../lib/working-days.js';
import { pageViewer } from '../../plugins/manager-auth.js';
import { caseCatalogues } from '../../views/case-messages.js';
import { casePage } from '../../views/case-page.js';
import { casesPage } from '../../views/cases-page.js';
import { pageHeaders, toHtml } from '../../views/layout.js';
import { catalogues } from '../../views/messages.js';
import { statusCatalogues } from '../../views/status-messages.js';
import { caseAnsweredNotifications } from '../../webhooks/notifications.js';

const LIST_SIZE = 500;
const limits: Partial<Record<CaseAction, number>> = { assign: 100, answer: 4000 };

/** "a***@example.go.kr": enough for the history to say where a mail went, not who. */
const maskedAddress = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

const cases: FastifyPluginAsync = async (app) => {
  const { config, store } = app;
  const calendar = calendarOf(config);
  const mailer = mailerFor(config);
  app.addHook('onClose', async () => mailer?.close());

  const findCase = async (receipt: string): Promise<CaseRow> => {
    const row = receiptPattern.test(receipt) ? await store.cases.find(receipt) : undefined;
    if (!row) throw new InputError(404, 'not_found', 'receipt', 'No such case.');
    return row;
  };
  const back = (reply: FastifyReply, request: FastifyRequest, receipt: string, done: string) =>
    reply.redirect(`/admin/cases/${receipt}?done=${done}${langSuffix(request.lang, '&')}`, 303);

  async function showCase(
    request: FastifyRequest,
    reply: FastifyReply,
    row: CaseRow,
    contact?: ContactFields | 'unreadable'
  ) {
    const page = casePage({
      messages: catalogues[request.lang],
      words: caseCatalogues[request.lang],
      states: statusCatalogues[request.lang].states,
      timeZone: config.timeZone,
      row,
      targets: targetsOf(row, config, calendar, app.now()),
      events: await store.cases.events(row.receipt),
      canMail: mailer !== undefined,
      contact,
      done: (request.query as { done?: string }).done,
      viewer: pageViewer(request)!,
    });
    return reply.headers(pageHeaders).send(await toHtml(page));
  }

  /** Opens the sealed details, recording the reading; undefined when there are none. */
  async function readContact(row: CaseRow, record: 'view-contact' | 'export-contact', actor: string) {
    const sealed = await store.cases.readContact(row.receipt, record, actor, app.now());
    if (!sealed) return undefined;
    try {
      return openContact(sealed, row.receipt, config.contactKeys);
    } catch {
      return 'unreadable' as const;
    }
  }

  /** The filters' period and the cases opened in it, each with its targets as of now. */
  async function periodOf(query: FiltersQuery) {
    const now = app.now();
    const filters = readFilters(query, { timeZone: config.timeZone, now });
    const withTargets = (row: CaseRow) => ({ row, targets: targetsOf(row, config, calendar, now) });
    return {
      filters,
      withTargets,
      period: (await store.cases.openedBetween(filters.from, filters.to)).map(withTargets),
    };
  }

  app.get<{ Querystring: FiltersQuery }>(
    '/admin/cases',
    { schema: { querystring: { type: 'object', properties: filtersQueryProperties } } },
    async (request, reply) => {
      const { filters, withTargets, period } = await periodOf(request.query);
      const open = (await store.cases.list([...openStates, 'answered'], LIST_SIZE)).map(withTargets);
      // Late first, then the oldest.
      open.sort((a, b) => Number(b.targets.overdue) - Number(a.targets.overdue));
      const page = casesPage({
        messages: catalogues[request.lang],
        words: caseCatalogues[request.lang],
        states: statusCatalogues[request.lang].states,
        timeZone: config.timeZone,
        cases: open,
        evidence: { ...evidence(period), from: filters.fromDay, to: filters.toDay },
        keyless: config.contactKeys.length === 0,
        holidaysMissing: yearsWithoutHolidays(app.now(), calendar),
        viewer: pageViewer(request)!,
      });
      return reply.headers(pageHeaders).send(await toHtml(page));
    }
  );

  // The same figures as a spreadsheet: a static route, which find-my-way tries before /:receipt.
  app.get<{ Querystring: FiltersQuery }>(
    '/admin/cases/evidence.csv',
    { schema: { querystring: { type: 'object', properties: filtersQueryProperties } } },
    async (request, reply) => {
      const { filters, period } = await periodOf(request.query);
      const messages = catalogues[request.lang];
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="courtesy-feedback-cases-${filters.fromDay}-${filters.toDay}.csv"`
        )
        .header('Cache-Control', 'no-store')
        .send(evidenceCsv(evidence(period), { none: messages.none, all: messages.all }));
    }
  );

  app.get<{ Params: { receipt: string } }>('/admin/cases/:receipt', async (request, reply) =>
    showCase(request, reply, await findCase(request.params.receipt))
  );

  for (const action of managerActions) {
    app.post<{ Params: { receipt: string }; Body: { value?: string } | undefined }>(
      `/admin/cases/:receipt/${action}`,
      // Its form's token and origin are checked before this runs (plugins/csrf.ts).
      { config: { role: 'manager' } },
      async (request, reply) => {
        const row = await findCase(request.params.receipt);
        const limit = limits[action];
        const value = limit ? String(request.body?.value ?? '').trim() : undefined;
        if (limit && (!value || value.length > limit)) {
          throw new InputError(400, 'invalid', 'value', `Write 1 to ${limit} characters.`);
        }
        const at = app.now();
        const actor = request.manager!.name;
        const outbox =
          action === 'answer'
            ? caseAnsweredNotifications(
                config.caseWebhooks,
                {
                  receipt: row.receipt,
                  answer: value!,
                  answeredBy: actor,
                  reopened: row.reopened,
                  department: row.department,
                  service: row.service,
                },
                at
              )
            : [];
        const outcome = await store.cases.change(row.receipt, action, { actor, at, value, outbox });
        if (outcome !== 'changed') return back(reply, request, row.receipt, 'refused');
        if (outbox.length > 0) app.webhooks?.dispatcher.kick();
        if (action !== 'answer' || !mailer) return back(reply, request, row.receipt, action);
        return back(reply, request, row.receipt, await mailAnswer(request, row, value!));
      }
    );
  }

  /** Mails the answer when the visitor left an e-mail address; what the notice says of it. */
  async function mailAnswer(request: FastifyRequest, row: CaseRow, answer: string): Promise<string> {
    const contact = await readContact(row, 'view-contact', 'mail');
    if (!contact || contact === 'unreadable' || !contact.email) return 'answer';
    const { statusUrl } = followUp(row.receipt, publicBase(request, config), config, row.locale);
    try {
      const lang = matchLocale(row.locale);
      await mailer!.send({ to: contact.email, receipt: row.receipt, answer, statusUrl, lang });
      await store.cases.record(row.receipt, 'mail-sent', 'mail', app.now(), maskedAddress(contact.email));
      return 'mailed';
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      request.log.warn(`answer mail for ${row.receipt} failed: ${code ?? ''} ${message ?? ''}`);
      await store.cases.record(row.receipt, 'mail-failed', 'mail', app.now(), code ?? 'error');
      return 'mail-failed';
    }
  }

  // The answer mail again, after a failure (the SMTP server was down): by a manager's press, each
  // try in the history, so that a mail is never sent twice by the collector behind anyone's back.
  app.post<{ Params: { receipt: string } }>(
    '/admin/cases/:receipt/mail',
    { config: { role: 'manager' } },
    async (request, reply) => {
      const row = await findCase(request.params.receipt);
      const events = await store.cases.events(row.receipt);
      if (!mailer || !row.answer || !mailFailedLast(events)) return back(reply, request, row.receipt, 'refused');
      return back(reply, request, row.receipt, await mailAnswer(request, row, row.answer));
    }
  );

  app.post<{ Params: { receipt: string } }>(
    '/admin/cases/:receipt/contact',
    { config: { role: 'manager' } },
    async (request, reply) => {
      const row = await findCase(request.params.receipt);
      const contact = await readContact(row, 'view-contact', request.manager!.name);
      // Shown in this answer only: never in an address, never cached (pageHeaders).
      return showCase(request, reply, row, contact);
    }
  );

  app.post<{ Params: { receipt: string } }>(
    '/admin/cases/:receipt/contact/export',
    { config: { role: 'manager' } },
    async (request, reply) => {
      const row = await findCase(request.params.receipt);
      const contact = await readContact(row, 'export-contact', request.manager!.name);
      const record = {
        receipt: row.receipt,
        exportedAt: app.now().toISOString(),
        contact: contact === 'unreadable' ? null : (contact ?? null),
        case: { ...row, has_contact: undefined },
        history: await store.cases.events(row.receipt),
      };
      return reply
        .headers({ ...pageHeaders, 'Content-Type': 'application/json; charset=utf-8' })
        .header('Content-Disposition', `attachment; filename="${row.receipt}.json"`)
        .send(JSON.stringify(record, null, 2));
    }
  );

  app.post<{ Params: { receipt: string }; Body: { reason?: string } | undefined }>(
    '/admin/cases/:receipt/contact/delete',
    { config: { role: 'manager' } },
    async (request, reply) => {
      const row = await findCase(request.params.receipt);
      const reason = String(request.body?.reason ?? '').trim();
      if (reason === '' || reason.length > 200) {
        throw new InputError(400, 'invalid', 'reason', 'Give a reason of 1 to 200 characters; the history keeps it.');
      }
      const deleted = await store.cases.removeContact(
        row.receipt,
        'delete-contact',
        request.manager!.name,
        app.now(),
        reason
      );
      return back(reply, request, row.receipt, deleted ? 'delete-contact' : 'refused');
    }
  );
};

export default cases;
