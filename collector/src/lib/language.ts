// The dashboard's languages, the visitor's (more), and how one is carried on links: only when it is
// not the default.
import { isLocaleCode, type LocaleCode } from 'courtesy-feedback/server.js';

export const languages = ['ko', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

/** The visitor's: the widget's languages, in which the status page speaks too. */
export const isVisitorLanguage = isLocaleCode;

/** The `lang` parameter for a link or redirect, or undefined for Korean, the default. */
export const langParam = <L extends LocaleCode>(lang: L): L | undefined => (lang === 'ko' ? undefined : lang);

/** `?lang=en` (with `separator` first), or nothing for the default. */
export const langSuffix = (lang: LocaleCode, separator = '?'): string => {
  const param = langParam(lang);
  return param ? `${separator}lang=${param}` : '';
};
