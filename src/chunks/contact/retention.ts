/**
 * How long contact details are kept after their feedback has been handled (the case closed): what
 * the consent notice says, and the collector's default for deleting them (CONTACT_RETENTION_DAYS).
 * In the contact chunk's folder, so that only that chunk carries it to the browser.
 */
export const CONTACT_RETENTION_YEARS = 1;
