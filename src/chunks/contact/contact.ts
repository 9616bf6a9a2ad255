/**
 * `contact="optional"`: contact details behind a consent checkbox and its legal notice. Loaded on
 * demand; imports nothing at run time (see `kit.ts`).
 */
import type { TemplateResult } from 'lit';
import type { ContactDetails } from '../../payload.js';
import type { Kit } from '../../features/kit.js';
import { CONTACT_RETENTION_YEARS } from './retention.js';

export { messages } from './messages.js';

/**
 * Added to the element's styles when the section is first shown. The policy link stands alone
 * between the notice and the consent box, so it gets a whole target's height (WCAG 2.5.8 exempts
 * only links inside a sentence); it says visibly, not only to screen readers, that it opens a new
 * window (KWCAG 2.2: no change of context the visitor was not told of).
 */
export const styles = `
.contact ul{margin:0 0 8px;padding-inline-start:1.25em}
.consent{display:flex;align-items:flex-start;gap:8px;margin-bottom:8px}
.consent input{flex:none;width:24px;height:24px;margin:0;accent-color:var(--_accent)}
.contact .field{margin-top:8px}
.contact .hint a{display:inline-flex;align-items:center;min-height:44px}
`;

export type ContactField = 'name' | 'phone' | 'email';

/** What the visitor entered. `consentAt` is set while the consent box is ticked: when it was ticked. */
export interface ContactDraft {
  consentAt?: string;
  name: string;
  phone: string;
  email: string;
}

/** Problems with the details; `either` is a phone number and an e-mail address both missing. */
export interface ContactErrors {
  either?: 'contactNeedOne';
  phone?: 'contactPhoneInvalid';
  email?: 'contactEmailInvalid';
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators, 8 to 15 digits in all (E.164's longest is 15). */
const phonePattern = /^\+?[\d\s().-]+$/;

export function validateContact(draft: ContactDraft): ContactErrors {
  if (!draft.consentAt) return {};
  const phone = draft.phone.trim();
  const email = draft.email.trim();
  const digits = phone.replace(/\D/g, '').length;
  return {
    either: !phone && !email ? 'contactNeedOne' : undefined,
    phone: phone && (!phonePattern.test(phone) || digits < 8 || digits > 15) ? 'contactPhoneInvalid' : undefined,
    email: email && !emailPattern.test(email) ? 'contactEmailInvalid' : undefined,
  };
}

/** The notice as the visitor saw it, one line per item; the payload records this text. */
export function noticeText(kit: Kit, privacyUrl: string | undefined): string {
  return [
    kit.term('contactNoticeTitle'),
    kit.term('contactPurpose'),
    kit.term('contactItems'),
    kit.term('contactRetention', { years: CONTACT_RETENTION_YEARS }),
    kit.term('contactRefusal'),
    privacyUrl && `${kit.term('privacyLink')}: ${privacyUrl}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The payload's `contact`: null without consent, so nothing typed before consent is ever sent. */
export function contactDetails(draft: ContactDraft, notice: string): ContactDetails | null {
  if (!draft.consentAt) return null;
  const entered = Object.fromEntries(
    (['name', 'phone', 'email'] as const).map((field) => [field, draft[field].trim()]).filter(([, value]) => value)
  );
  return { ...entered, consent: { given: true, at: draft.consentAt, notice } };
}

export interface ContactView {
  draft: ContactDraft;
  errors: ContactErrors;
  privacyUrl: string | undefined;
  disabled: boolean;
  /** A device many people use (kiosk mode): the browser must not remember or suggest what is typed. */
  shared: boolean;
  onConsent: (event: Event) => void;
  onInput: (event: Event) => void;
}

const fields = [
  ['name', 'text', 'name', 'contactName'],
  ['phone', 'tel', 'tel', 'contactPhone'],
  ['email', 'email', 'email', 'contactEmail'],
] as const;

export function renderContact(kit: Kit, view: ContactView): TemplateResult {
  const { html, nothing, term } = kit;
  const { draft, errors, privacyUrl, disabled } = view;
  return html`<fieldset class="contact" part="contact">
    <legend part="contact-title">${term('contactNoticeTitle')}</legend>
    <ul class="hint" part="contact-notice" id="contact-notice">
      <li>${term('contactPurpose')}</li>
      <li>${term('contactItems')}</li>
      <li>${term('contactRetention', { years: CONTACT_RETENTION_YEARS })}</li>
      <li>${term('contactRefusal')}</li>
    </ul>
    ${
      privacyUrl
        ? html`<p class="hint">
            <a href=${privacyUrl} target="_blank" rel="noopener noreferrer"
              >${term('privacyLink')} ${term('opensInNewTab')}</a
            >
          </p>`
        : nothing
    }
    <div class="consent">
      <input
        type="checkbox"
        id="contact-consent"
        part="contact-consent"
        aria-describedby="contact-notice"
        .checked=${Boolean(draft.consentAt)}
        ?disabled=${disabled}
        @change=${view.onConsent}
      />
      <label for="contact-consent">${term('contactConsent')}</label>
    </div>
    ${
      draft.consentAt
        ? html`${errors.either ? html`<p class="error" part="error" id="contact-error">${term(errors.either)}</p>` : nothing}
          ${fields.map(([field, type, autocomplete, label]) => {
            const error = field === 'name' ? undefined : errors[field];
            const invalid = Boolean(error || (errors.either && field !== 'name'));
            const describedBy = [error && `contact-${field}-error`, invalid && errors.either && 'contact-error']
              .filter(Boolean)
              .join(' ');
            return html`<div class="field">
              <label for=${`contact-${field}`} part="contact-label">${term(label)}</label>
              ${error ? html`<p class="error" part="error" id=${`contact-${field}-error`}>${term(error)}</p>` : nothing}
              <input
                id=${`contact-${field}`}
                part="contact-input"
                name=${field}
                type=${type}
                autocomplete=${view.shared ? 'off' : autocomplete}
                .value=${draft[field]}
                ?disabled=${disabled}
                aria-invalid=${invalid ? 'true' : nothing}
                aria-describedby=${describedBy || nothing}
                @input=${view.onInput}
              />
            </div>`;
          })}`
        : nothing
    }
  </fieldset>`;
}
