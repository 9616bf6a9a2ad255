import { isCaseState, type PublicStatus } from './case-states.js';

/**
 * What a lookup or an action came to, one kind per thing the element says differently. A wrong
 * check and an unknown receipt are one `not-found`: the collector answers them alike on purpose.
 */
export type StatusOutcome =
  | { kind: 'found'; status: PublicStatus }
  | { kind: 'not-found' }
  | { kind: 'refused' }
  | { kind: 'too-many'; seconds: number }
  | { kind: 'unreachable' };

export interface CaseAddress {
  /** The collector's base URL, where `/api/receipts/` lives. */
  endpoint: string;
  receipt: string;
  check: string;
}

/** Nothing the page's own fetch wrappers or a slow network can hold for ever. */
const TIMEOUT_MS = 15_000;

const receiptUrl = ({ endpoint, receipt }: CaseAddress, tail = '') =>
  new URL(`api/receipts/${encodeURIComponent(receipt.trim().toUpperCase())}${tail}`, endpoint.replace(/\/?$/, '/'));

/** The answer's body, if it is a public status as the contract has it; anything else is not trusted. */
function asStatus(body: unknown): PublicStatus | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const status = body as Partial<PublicStatus>;
  const valid =
    typeof status.receipt === 'string' &&
    isCaseState(status.state) &&
    typeof status.updatedAt === 'string' &&
    (status.answer === null || typeof status.answer === 'string') &&
    (status.satisfied === null || typeof status.satisfied === 'boolean') &&
    (status.contact === 'kept' || status.contact === 'deleted' || status.contact === 'none');
  return valid ? (status as PublicStatus) : undefined;
}

async function call(url: URL, init: RequestInit): Promise<StatusOutcome> {
  let response: Response;
  try {
    // No cookies: the lookup is public, and the check code is the only credential it takes.
    response = await fetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 404) return { kind: 'not-found' };
  if (response.status === 409) return { kind: 'refused' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return { kind: 'too-many', seconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60 };
  }
  const status = response.ok ? asStatus(await response.json().catch(() => undefined)) : undefined;
  return status ? { kind: 'found', status } : { kind: 'unreachable' };
}

export const lookUp = (address: CaseAddress) =>
  call(new URL(`?${new URLSearchParams({ check: address.check.trim() })}`, receiptUrl(address)), { method: 'GET' });

export const rateAnswer = (address: CaseAddress, satisfied: boolean) =>
  call(receiptUrl(address, '/satisfaction'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ check: address.check.trim(), satisfied }),
  });

export const deleteContact = (address: CaseAddress) =>
  call(new URL(`?${new URLSearchParams({ check: address.check.trim() })}`, receiptUrl(address, '/contact')), {
    method: 'DELETE',
  });
