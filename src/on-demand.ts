/** A module loaded on demand: call it to load (once), read `current` for it once it is here. */
export interface OnDemand<T> {
  (): Promise<T>;
  readonly current: T | undefined;
}

/**
 * A module loaded the first time it is asked for, once for the page. A failed load (the chunk
 * blocked, or the network gone before it came) is forgotten, so that the next call tries again.
 * `load` must be an arrow around a literal `import('./…')`, so that bundlers see the chunk.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let current: T | undefined;
  const get = () =>
    (loading ??= load().then(
      (module) => (current = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      }
    ));
  return Object.defineProperty(get, 'current', { get: () => current }) as OnDemand<T>;
}
