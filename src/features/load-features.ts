import { addFeatureMessages } from '../controllers/localize-controller.js';
import { onDemand } from '../on-demand.js';
import type { FeatureModule } from './kit.js';

/** Makes a feature's strings known as soon as its chunk arrives. */
function registered<T extends FeatureModule>(module: T): T {
  addFeatureMessages(module.messages);
  return module;
}

/** Features that only some pages use, each a chunk of its own; see `kit.ts`. */
export const loadContact = onDemand('contact', () => import('../chunks/contact/contact.js').then(registered));
export const loadDialog = onDemand('dialog', () => import('../chunks/dialog.js').then(registered));
export const loadKiosk = onDemand('kiosk', () => import('../chunks/kiosk.js').then(registered));
