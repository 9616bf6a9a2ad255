/**
 * What a server needs from the widget package, and nothing that touches the DOM: the payload's
 * types, the schema id, the vocabulary the payload draws on, and the decoder of `content-type="form"`
 * bodies. Imported as `courtesy-feedback/server.js` (the collector does), beside
 * `courtesy-feedback/schema.json`.
 */
export { SCHEMA_ID } from './payload.js';
export type { ContactDetails, FeedbackPayload, Rating, Subject } from './payload.js';
export { fromFormFields } from './transport/decode-form.js';
export { CONTACT_RETENTION_YEARS } from './chunks/contact/retention.js';
export { VERSION } from './version.js';
export { caseStates, isCaseState, type CaseState, type PublicStatus } from './status/case-states.js';
export { statusCatalogues, type StatusLanguage, type StatusMessages } from './status/messages.js';
export { matchLocale } from './i18n/match-locale.js';
export {
  aspectNames,
  channels,
  isLowRating,
  isLocaleCode,
  isScaleName,
  localeCodes,
  scaleNames,
  scales,
  type Aspect,
  type Channel,
  type LocaleCode,
  type ScaleName,
} from './vocabulary.js';
