import { onDemand } from '../on-demand.js';

/** The personal-data detector, loaded when a comment is first typed or sent; see `detect.ts`. */
export const loadPii = onDemand('detect', () => import('../chunks/detect.js'));
