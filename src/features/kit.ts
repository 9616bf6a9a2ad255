import type { html, nothing } from 'lit';
import type { LocaleCode } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages.js';

/**
 * What the element lends the features it loads on demand (contact details, the dialog, kiosk
 * mode): its own copy of Lit's `html` and `nothing`, and its messages. A chunk that imported Lit
 * itself would bring a second copy, or import the embed back; see `chunks/delivery/delivery.ts`.
 */
/** What every feature chunk exports besides its own functions. */
export interface FeatureModule {
  /** Its strings, by locale; the host's `messages` still override them. */
  messages: Partial<Record<LocaleCode, Partial<Messages>>>;
  /** CSS added to the element's own when the feature is first used (a string: chunks have no Lit). */
  styles?: string;
}

export interface Kit {
  html: typeof html;
  nothing: typeof nothing;
  term<K extends keyof Messages>(key: K, values?: Record<string, string | number>): Messages[K];
}
