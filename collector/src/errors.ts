/** A refusal of what a client sent, answered as `{ error, field, message }` with its status. */
export class InputError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly field: string | null,
    message: string,
    /** When the client may try again (the Retry-After header), for a refusal that passes. */
    readonly retryAfterSeconds?: number
  ) {
    super(message);
  }
}

/** The collector cannot do its part now (its database is away); the client should try again later. */
export class Unavailable extends InputError {
  constructor(message: string, retryAfterSeconds = 5) {
    super(503, 'unavailable', null, message, retryAfterSeconds);
  }
}
