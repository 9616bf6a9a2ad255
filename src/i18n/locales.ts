import type { Messages } from './messages.js';
import { ko } from './ko.js';
import { en } from './en.js';

/** Locales bundled with the widget. Korean is the default: the widget is made for Korean agencies. */
export const catalogues = { ko, en } as const satisfies Record<string, Messages>;

export type LocaleCode = keyof typeof catalogues;

export const defaultLocale: LocaleCode = 'ko';

/**
 * The bundled locale nearest to a BCP 47 tag: exact primary language (`ko-KR` → `ko`), else the
 * default. An empty or missing tag also gives the default.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary in catalogues ? (primary as LocaleCode) : defaultLocale;
}
