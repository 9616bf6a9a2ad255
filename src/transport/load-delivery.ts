import { onDemand } from '../on-demand.js';

/** The delivery module, loaded once for the page; see `delivery.ts` for why it is separate. */
export const loadDelivery = onDemand('delivery', () => import('../chunks/delivery/delivery.js'));
