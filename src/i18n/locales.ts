import type { CoreMessages } from './messages.js';
import { ko } from './ko.js';

import type { LocaleCode } from '../vocabulary.js';

export { localeCodes, type LocaleCode } from '../vocabulary.js';

/*
 * Korean, the default, is in the embed's first script; every other catalogue is a chunk of its own,
 * loaded the first time a widget needs it, so that a Korean page pays for none of them and an
 * English page for English alone.
 */

export { defaultLocale, matchLocale } from './match-locale.js';

/** Each catalogue not bundled, as a literal dynamic import that the bundler can split. */
export const catalogueLoaders: Record<Exclude<LocaleCode, 'ko'>, () => Promise<CoreMessages>> = {
  en: () => import('../chunks/i18n/en.js').then((module) => module.en),
  ja: () => import('../chunks/i18n/ja.js').then((module) => module.ja),
  zh: () => import('../chunks/i18n/zh.js').then((module) => module.zh),
  vi: () => import('../chunks/i18n/vi.js').then((module) => module.vi),
};

export const bundledCatalogue: CoreMessages = ko;
