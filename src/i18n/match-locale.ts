// Which of the widget's languages a `lang` tag asks for: a module of its own, so that
// <courtesy-feedback-status> picks its words the same way as the form without carrying the form's
// catalogue loaders.
import { localeCodes, type LocaleCode } from '../vocabulary.js';

export const defaultLocale: LocaleCode = 'ko';

/**
 * The locale nearest to a BCP 47 tag: the same primary language (`ko-KR` → `ko`; every `zh-*`,
 * Traditional too, → Simplified Chinese, the nearer of the two to a Chinese reader than Korean),
 * else Korean. An empty or missing tag also gives Korean.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (localeCodes as readonly string[]).includes(primary) ? (primary as LocaleCode) : defaultLocale;
}
