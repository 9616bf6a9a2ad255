/** The delivery module, as loaded once for the page; see `delivery.ts` for why it is separate. */
export type Delivery = typeof import('./delivery.js');

let loading: Promise<Delivery> | undefined;

/**
 * Loads the delivery module once. A failed load (the chunk blocked, or the network gone before it
 * came) is not remembered, so the next call tries again.
 */
export function loadDelivery(): Promise<Delivery> {
  loading ??= import('./delivery.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
