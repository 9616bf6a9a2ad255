import type { Messages } from '../i18n/messages.js';

export const scaleNames = ['faces5', 'stars5', 'numbers5', 'faces3', 'thumbs2'] as const;
export type ScaleName = (typeof scaleNames)[number];

type WordList = 'scale5' | 'scale3' | 'thumbs';

export interface ScaleDefinition {
  /** Highest value; values run from 1 to max. */
  readonly max: number;
  /** Which catalogue list names the values: the words are each option's accessible name. */
  readonly words: WordList;
  /** What each option shows beside its words, lowest first; decorative (hidden from assistive tech). */
  readonly glyphs: readonly string[];
}

export const scales: Record<ScaleName, ScaleDefinition> = {
  faces5: { max: 5, words: 'scale5', glyphs: ['😠', '🙁', '😐', '🙂', '😄'] },
  stars5: { max: 5, words: 'scale5', glyphs: ['★', '★', '★', '★', '★'] },
  numbers5: { max: 5, words: 'scale5', glyphs: ['1', '2', '3', '4', '5'] },
  faces3: { max: 3, words: 'scale3', glyphs: ['🙁', '😐', '🙂'] },
  thumbs2: { max: 2, words: 'thumbs', glyphs: ['👎', '👍'] },
};

export function isScaleName(value: unknown): value is ScaleName {
  return (scaleNames as readonly unknown[]).includes(value);
}

/** The word for a value (1-based) of a scale. */
export function ratingWord(scale: ScaleName, value: number, messages: Pick<Messages, WordList>): string {
  return messages[scales[scale].words][value - 1];
}

/** "Low" is the lower half of the scale: 1–2 of 5, 1 of 3, 1 of 2 (아쉬워요). */
export function isLowRating(scale: ScaleName, value: number): boolean {
  return value <= Math.floor(scales[scale].max / 2);
}
