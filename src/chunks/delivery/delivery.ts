/**
 * Everything that sends a submission: the request, retries with backoff, the offline queue and the
 * page-wide coordinator. The element loads this module once a widget is on the page
 * (`load-delivery.ts`), so that the embed's first script stays small. It returns outcomes and
 * touches no element: the first script fires the events, even when this chunk never arrives.
 *
 * Rule of the embed build: nothing imported from here may be imported at run time by the element's
 * own code too (types are fine). Shared code would make this chunk import the embed back, and a
 * classic `<script>` cannot be imported; the build fails if that happens (`rollup.config.mjs`).
 */
export { scheduleFlush, widgetConnected, widgetDisconnected, type QueueListener } from './coordinator.js';
export { deliverSubmission } from './delivery-job.js';
export { drainOutbox } from './drain.js';
export { messages, receiptNote } from './follow-up.js';
