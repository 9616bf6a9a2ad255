import type { Aspect } from '../payload.js';
import type { PersonalDataKind } from '../chunks/detect.js';

/**
 * The strings of the form itself: every catalogue in `i18n/` has them all. Placeholders in braces
 * (`{max}`) are filled by {@link format}; a translation must keep them.
 */
export interface CoreMessages {
  /** The rating question, used as the group label (legend) unless `heading` is set. */
  question: string;
  /** Line naming the staff member being rated. */
  staffLabel: string;
  /** Shown in place of the form when it cannot work (bad configuration). */
  unavailable: string;

  /** Rating words, one per value. Index 0 is the lowest. */
  scale5: readonly [string, string, string, string, string];
  scale3: readonly [string, string, string];
  thumbs: readonly [string, string];

  /** Legend of the optional "what stood out?" toggles (`aspects`). */
  aspectsQuestion: string;
  /** The words for each aspect. */
  aspectNames: Readonly<Record<Aspect, string>>;

  commentLabel: string;
  /** Appended to the comment label. */
  optional: string;
  required: string;
  commentHint: string;
  /** Hint shown with `comment="required-when-low"` before the field becomes required. */
  commentHintWhenLow: string;
  /** Visible counter: `{count}` of `{max}`. */
  counter: string;
  /** `pii="mask"`: personal data found in the comment will be masked; `{kinds}` lists what. */
  piiMask: string;
  /** `pii="warn"`: personal data found in the comment; the visitor is asked to remove it. */
  piiWarn: string;
  /** The words for each kind of personal data, joined with ", " into `{kinds}`. */
  piiKinds: Readonly<Record<PersonalDataKind, string>>;
  /** Announced politely when few characters remain. */
  counterRemaining: string;
  /** Announced and shown when the comment is too long. */
  counterOver: string;

  submit: string;
  sending: string;
  /** Announced and shown when the endpoint accepted the submission (2xx). */
  sent: string;
  sendAnother: string;
  /** Could not be sent now; kept in the browser to be sent automatically. */
  queued: string;

  errorRatingRequired: string;
  errorCommentRequired: string;
  errorCommentTooLong: string;
  /** Heading of the error summary announced when the form cannot be sent. */
  errorSummary: string;

  failedTimeout: string;
  failedNetwork: string;
  /** 4xx other than 408/429: the endpoint refused this submission. */
  failedRejected: string;
  /** 408, 429 and 5xx. */
  failedServer: string;
  /** The page's `tokenProvider` gave no token, so nothing was sent. */
  failedToken: string;
  /** Always appended to a failure: what the visitor typed is kept. */
  failedKept: string;
  /** A part of the form (its sending module, the personal-data check) did not load from the site; nothing was sent. */
  failedLoad: string;
  /** The same, but the answers are kept on the device and go when a page of the site loads the form fully. */
  queuedLoad: string;

  /** `mode="button"`: the launcher's words, unless `launcher-label` is set (shown before the dialog's chunk comes). */
  launcher: string;

  /** Rating feedback is a survey answer, not a statutory petition (민원). */
  notPetition: string;
  complaintLink: string;
  /** Added to links that open in a new tab. */
  opensInNewTab: string;
}

/**
 * The strings of `contact="optional"`, in the contact chunk (`chunks/contact/messages.ts`) so
 * that pages without it do not load them.
 */
export interface ContactMessages {
  /** `contact="optional"`: the consent checkbox's label. */
  contactConsent: string;
  /**
   * The consent notice that Korea's Personal Information Protection Act (Art. 15 §2) asks for: its
   * title, then the purpose, the items collected, how long they are kept, and the right to refuse
   * and what refusing means. Set these to the agency's own policy. The text shown is what the
   * payload records as the notice consented to.
   */
  contactNoticeTitle: string;
  contactPurpose: string;
  contactItems: string;
  contactRetention: string;
  contactRefusal: string;
  /** Link to `privacy-url`. */
  privacyLink: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** Consent given but neither a phone number nor an e-mail address entered. */
  contactNeedOne: string;
  contactEmailInvalid: string;
  contactPhoneInvalid: string;
}

/** The strings of `mode="button"` and `mode="kiosk"`, in `chunks/mode-messages.ts`. */
export interface ModeMessages {
  /** The dialog's close button. */
  close: string;
  /** `mode="kiosk"`: after sending, before the form clears itself. */
  kioskResetSoon: string;
  /** `mode="kiosk"`: no touch for a while mid-way; the form will clear unless the visitor goes on. */
  kioskIdle: string;
  kioskContinue: string;
  /** `mode="kiosk"`: the button on the thank-you that stops it clearing while the visitor reads it. */
  kioskKeep: string;
  /** `mode="kiosk"`: the thank-you is kept; it clears only after the visitor leaves it idle and is asked. */
  kioskKept: string;
  /** `mode="kiosk"`: the form cleared itself for the next visitor. */
  kioskStartedOver: string;
}

/** The thank-you's receipt lines, in the delivery chunk (`chunks/delivery/follow-up.ts`). */
export interface ReceiptMessages {
  /** Tracking number returned by the endpoint. */
  receipt: string;
  /** The code that, with the receipt, opens the status page (shown only to the sender). */
  check: string;
  /** The link to the endpoint's status page. */
  followLink: string;
}

/**
 * Every string the widget shows or announces. A host overrides any subset through the element's
 * `messages` property.
 */
export type Messages = CoreMessages & ContactMessages & ModeMessages & ReceiptMessages;

export type MessageOverrides = Partial<Messages>;

/** Fills `{name}` placeholders; unknown placeholders are left visible so a typo shows up. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
