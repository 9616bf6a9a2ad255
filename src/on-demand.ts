/**
 * A module loaded the first time it is asked for, once for the page. A failed load (the chunk
 * blocked, or the network gone before it came) is forgotten, so that the next call tries again.
 * `load` must be an arrow around a literal `import('./…')`, so that bundlers see the chunk.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
