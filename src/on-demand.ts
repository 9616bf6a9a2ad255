/** The chunks the first script loads by name; `feedback-error` names the one that failed. */
export type ChunkName = 'delivery' | 'detect' | 'contact' | 'dialog' | 'kiosk' | 'messages';

/**
 * Why a chunk could not be had, as far as a page can tell: the network is gone (`offline`: the
 * visitor's connection), or a server answered but the file is not a module the page may run
 * (`unavailable`: a 404, a CDN without CORS, a wrong file; the agency's hosting).
 */
export type LoadFailure = 'offline' | 'unavailable';

/** A module loaded on demand: call it to load (once), read `current` for it once it is here. */
export interface OnDemand<T> {
  (): Promise<T>;
  readonly current: T | undefined;
  /** Set once every try failed; the page is told once, and nothing is fetched again until `again()`. */
  readonly failure: LoadFailure | undefined;
  /** Forgets a failure (the browser came back online), so that the next call tries anew. */
  again(): void;
}

/** Waits before the second and third try; a fourth is not made. */
const RETRY_DELAYS = [1000, 4000];
/** A try that brings nothing in this long counts as failed (a request that hangs). */
export const TRY_TIMEOUT = 5000;
/** How long the diagnosis waits for the file's server. */
const PROBE_TIMEOUT = 3000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the console says when a chunk failed for good: which file, what its server did, and the
 * fix. The embed's loader puts the URL it tried on the error (`rollup.config.mjs`).
 */
async function diagnose(name: ChunkName, error: unknown): Promise<LoadFailure> {
  const url = (error as { chunk?: string } | null)?.chunk;
  const absolute = url && /^https?:/.test(url);
  let failure: LoadFailure = navigator.onLine ? 'unavailable' : 'offline';
  let why = '';
  if (absolute) {
    // An opaque request succeeds whenever a server answers; a CORS request shows what it answered.
    const probe = (mode: RequestMode) =>
      fetch(url, { mode, cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT) });
    why = await probe('no-cors').then(
      () =>
        probe('cors').then(
          (response) => (response.ok ? 'not a module' : `HTTP ${response.status}`),
          () => 'no Access-Control-Allow-Origin header'
        ),
      (probeError: unknown) => ((probeError as Error).name === 'TimeoutError' ? 'no answer' : '')
    );
    failure = why ? 'unavailable' : 'offline';
  }
  // One line an agency developer can act on: the file, what its server did, the fix.
  console.error(
    `<courtesy-feedback> could not load ${url ?? name}: ${why || failure}. Host all courtesy-feedback*.min.js ` +
      'files of a release together; another origin must send Access-Control-Allow-Origin.',
    error
  );
  return failure;
}

/**
 * A module loaded the first time it is asked for, once for the page: three tries at most, 1 s and
 * 4 s apart, each given `TRY_TIMEOUT`, so that a missing or hanging file costs a few requests, not
 * one per render. `load` must be an arrow around a literal `import('./…')`, so that bundlers see
 * the chunk.
 */
export function onDemand<T>(name: ChunkName, load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let current: T | undefined;
  let failure: LoadFailure | undefined;
  const tryOnce = () =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), TRY_TIMEOUT);
      load()
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  const tries = async (): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return (current = await tryOnce());
      } catch (error) {
        if (attempt >= RETRY_DELAYS.length) {
          failure = await diagnose(name, error);
          throw error;
        }
        await wait(RETRY_DELAYS[attempt]);
      }
    }
  };
  const get = () => (loading ??= tries());
  return Object.defineProperties(get, {
    current: { get: () => current },
    failure: { get: () => failure },
    again: {
      value: () => {
        if (failure) loading = failure = undefined;
      },
    },
  }) as OnDemand<T>;
}
