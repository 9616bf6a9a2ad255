import type { Channel } from './config.js';
import type { Aspect, ScaleName } from './vocabulary.js';
import { VERSION } from './version.js';

/**
 * The submission, schema `courtesy-feedback/v1`. This type and `schema/courtesy-feedback-v1.schema.json`
 * describe the same document; every payload the widget sends is validated against the schema in tests.
 */
export const SCHEMA_ID = 'courtesy-feedback/v1';

export { aspectNames, type Aspect } from './vocabulary.js';

export interface Rating {
  /** 1 … max. For `thumbs2`, 1 is 아쉬워요 and 2 is 좋아요. */
  value: number;
  max: number;
  scale: ScaleName;
  /** The words the visitor chose, in the locale they saw. */
  label: string;
}

export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
  consent: { given: true; at: string; notice: string };
}

export interface Subject {
  service?: string;
  department?: string;
  staffId?: string;
  staffName?: string;
  channel?: Channel;
}

export interface FeedbackPayload {
  schema: typeof SCHEMA_ID;
  /** Random UUID; also sent as the `Idempotency-Key` header, and kept on every retry. */
  id: string;
  createdAt: string;
  rating: Rating;
  aspects: Aspect[];
  /** Empty when the visitor wrote nothing. */
  comment: string;
  /** Whether personal data was masked out of the comment. */
  piiMasked: boolean;
  contact: ContactDetails | null;
  subject: Subject;
  page: { url: string; title: string } | null;
  locale: string;
  metadata: Record<string, unknown>;
  client: { name: 'courtesy-feedback'; version: string; attempt: number };
}

/** What the form knows when the visitor sends. */
export interface PayloadInput {
  id: string;
  now: Date;
  rating: Rating;
  aspects: Aspect[];
  comment: string;
  /** Whether personal data was masked out of `comment`. */
  piiMasked: boolean;
  contact: ContactDetails | null;
  subject: Subject;
  page: FeedbackPayload['page'];
  locale: string;
  metadata: Record<string, unknown> | undefined;
  attempt: number;
}

/** Drops empty fields so that the payload says only what was set. */
function compactSubject(subject: Subject): Subject {
  return Object.fromEntries(Object.entries(subject).filter(([, value]) => value)) as Subject;
}

export function buildPayload(input: PayloadInput): FeedbackPayload {
  return {
    schema: SCHEMA_ID,
    id: input.id,
    createdAt: input.now.toISOString(),
    rating: input.rating,
    aspects: input.aspects,
    comment: input.comment.trim(),
    piiMasked: input.piiMasked,
    contact: input.contact,
    subject: compactSubject(input.subject),
    page: input.page,
    locale: input.locale,
    // A copy, so that a host changing its object later does not change what was sent.
    metadata: { ...input.metadata },
    client: { name: 'courtesy-feedback', version: VERSION, attempt: input.attempt },
  };
}
