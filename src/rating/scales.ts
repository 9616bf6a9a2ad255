import type { Messages } from '../i18n/messages.js';
import { scales, type ScaleName, type WordList } from '../vocabulary.js';

export { isLowRating, isScaleName, scaleNames, scales, type ScaleDefinition, type ScaleName } from '../vocabulary.js';

/** The word for a value (1-based) of a scale. */
export function ratingWord(scale: ScaleName, value: number, messages: Pick<Messages, WordList>): string {
  return messages[scales[scale].words][value - 1];
}
