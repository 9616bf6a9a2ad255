// Every refusal as JSON `{ error, field, message }` with the status that tells a widget what to do:
// 4xx is final (never retried), 503 with Retry-After is "keep it and try again". Nothing a client
// sends may end in a 500 (the widget would retry it for a week); what does is logged in full.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply } from 'fastify';
import { InputError } from '../errors.js';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A query-string or route-parameter problem, named as the client wrote it (`by`, not `/by`). */
function describeValidation(issue: ValidationIssue): { field: string; message: string } {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = issue.keyword === 'required' ? String(issue.params.missingProperty) : path || '/';
  if (issue.keyword === 'enum') {
    const allowed = (issue.params.allowedValues as unknown[]).filter((value) => value !== '');
    return { field, message: `${field} must be one of ${allowed.join(', ')}` };
  }
  if (issue.keyword === 'required') return { field, message: `${field} is required` };
  return { field, message: `${field} ${issue.message ?? 'is not valid'}` };
}

export function sendRefusal(reply: FastifyReply, error: InputError): FastifyReply {
  if (error.retryAfterSeconds !== undefined) reply.header('Retry-After', String(error.retryAfterSeconds));
  return reply.code(error.statusCode).send({ error: error.error, field: error.field, message: error.message });
}

export default fp<{ bodyLimit: number }>(
  async (app, { bodyLimit }) => {
    app.setErrorHandler((error: FastifyError & { validation?: ValidationIssue[] }, request, reply) => {
      if (error instanceof InputError) return sendRefusal(reply, error);
      const [issue] = error.validation ?? [];
      if (issue) {
        const { field, message } = describeValidation(issue);
        return reply.code(400).send({ error: 'invalid', field, message });
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply
          .code(413)
          .send({ error: 'too_large', field: null, message: `The body is over ${bodyLimit} bytes.` });
      }
      if (error.statusCode === 429) return reply.code(429).send(error);
      if (error.statusCode === 401) {
        return reply.code(401).send({ error: 'unauthorized', field: null, message: 'Wrong user name or password.' });
      }
      if (error.statusCode && error.statusCode < 500) {
        return reply.code(error.statusCode).send({ error: 'bad_request', field: null, message: error.message });
      }
      // Never the error object whole: a driver's `detail` can quote what the visitor wrote.
      request.log.error(
        { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
        'internal error'
      );
      return reply
        .code(500)
        .send({ error: 'internal', field: null, message: 'The collector had an internal error; please try again.' });
    });
  },
  { name: 'errors' }
);
