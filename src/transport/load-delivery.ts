import { addFeatureMessages } from '../controllers/localize-controller.js';
import { onDemand } from '../on-demand.js';

/**
 * The delivery module, loaded once for the page; see `delivery.ts` for why it is separate. Its
 * strings (the thank-you's receipt lines) are known as soon as it arrives.
 */
export const loadDelivery = onDemand('delivery', () =>
  import('../chunks/delivery/delivery.js').then((module) => {
    addFeatureMessages(module.messages);
    return module;
  })
);
