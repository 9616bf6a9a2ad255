// POST|PUT /api/feedback: the intake. Its own scope holds what only it needs: the parsers of the
// widget's three content types, the payload schema, the rate limit (CORS: plugins/public-cors.ts).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { FeedbackPayload } from 'courtesy-feedback/server.js';
import { caseOpening, followUp } from '../../cases/follow-up.js';
import { InputError, Unavailable } from '../../errors.js';
import { publicBase } from '../../lib/public-base.js';
import { RATE_WINDOW_MS } from '../../plugins/rate-limit.js';
import {
  bodyTypes,
  canonicalId,
  decodeBody,
  payloadSchema,
  validatePayload,
  type BodyType,
} from '../../payload/validate.js';

const feedback: FastifyPluginAsync = async (app) => {
  const { config, store } = app;

  // The raw body of every content type the widget sends; decoding is ours, strict about UTF-8.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...bodyTypes], { parseAs: 'buffer' }, (request, body, done) => {
    try {
      const type = String(request.headers['content-type']).split(';')[0]!.trim().toLowerCase() as BodyType;
      done(null, decodeBody(body as Buffer, type));
    } catch (error) {
      done(error as Error);
    }
  });
  app.addContentTypeParser('*', (request, _payload, done) => {
    done(
      new InputError(
        415,
        'unsupported_media_type',
        null,
        `Send ${bodyTypes.join(', ')}; got ${request.headers['content-type'] ?? 'none'}.`
      )
    );
  });

  const receive = async (request: FastifyRequest<{ Body: FeedbackPayload }>, reply: import('fastify').FastifyReply) => {
    const payload = request.body;
    const key = request.headers['idempotency-key'];
    if (key !== undefined && canonicalId(String(key)) !== payload.id) {
      throw new InputError(400, 'invalid', 'Idempotency-Key', 'The Idempotency-Key header must equal the payload id.');
    }
    const receivedAt = app.now();
    let outcome;
    try {
      outcome = await store.insert(payload, { receivedAt, outbox: app.webhooks?.notify(payload, receivedAt) });
    } catch (error) {
      // The database is away or refusing writes: the widget keeps the submission and sends it again.
      // Its message and code only: a driver's error detail can quote the row, comment included.
      const { message, code } = error as { message?: string; code?: string };
      request.log.error(`submission not stored: ${code ?? 'error'} ${message ?? ''}`.trim());
      throw new Unavailable('The collector cannot store submissions right now; the form will send it again.');
    }
    // Opened after the submission, on a repeat too: should this fail, the widget sends the repeat
    // that opens it (the opening is idempotent), so no case is lost between the two writes.
    const opening = caseOpening(payload, outcome.receipt, receivedAt, config);
    if (opening) {
      try {
        await store.cases.open(opening);
      } catch (error) {
        request.log.error(`case not opened: ${(error as { code?: string }).code ?? 'error'}`);
        throw new Unavailable('The collector cannot store submissions right now; the form will send it again.');
      }
    }
    if (outcome.created) app.webhooks?.dispatcher.kick();
    return reply.code(outcome.created ? 201 : 200).send({
      id: payload.id,
      receipt: outcome.receipt,
      ...(opening && followUp(outcome.receipt, publicBase(request, config), config, payload.locale)),
    });
  };

  const options = {
    config: { rateLimit: { max: config.rateLimit, timeWindow: RATE_WINDOW_MS } },
    schema: { body: payloadSchema },
    // The published schema is JSON Schema 2020-12, checked by its own strict validator (Fastify's
    // default one would coerce and strip what it should refuse).
    validatorCompiler: () => (document: unknown) => {
      if (document === undefined) return { error: new InputError(400, 'invalid', '/', 'The body is empty.') };
      try {
        return { value: validatePayload(document) };
      } catch (error) {
        return { error: error as Error };
      }
    },
  };
  app.post('/api/feedback', options, receive);
  app.put('/api/feedback', options, receive);
};

export default feedback;
