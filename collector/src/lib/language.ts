// The dashboard's languages, and how one is carried on links: only when it is not the default.

export const languages = ['ko', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

/** The `lang` parameter for a link or redirect, or undefined for Korean, the default. */
export const langParam = (lang: Language): Language | undefined => (lang === 'ko' ? undefined : lang);

/** `?lang=en` (with `separator` first), or nothing for the default. */
export const langSuffix = (lang: Language, separator = '?'): string => {
  const param = langParam(lang);
  return param ? `${separator}lang=${param}` : '';
};
