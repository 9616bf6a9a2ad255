/**
 * The words the widget, its schema, its styles and its collector share: scales, aspects, channels,
 * modes, languages, and what counts as a low rating. The one source of each; it imports nothing.
 * The JSON Schema's enums are generated from here (`scripts/schema.mjs`, checked by `npm test`).
 */

/** Which catalogue list names a scale's values; the words are each option's accessible name. */
export type WordList = 'scale5' | 'scale3' | 'thumbs';

/**
 * How a scale's options are drawn beside their words: as faces, as stars filled up to the choice, as
 * numerals, or as a thumb down and up. The drawings are the widget's own (`rating/glyphs.ts`).
 */
export type GlyphLook = 'faces' | 'stars' | 'numerals' | 'thumbs';

export interface ScaleDefinition {
  /** Highest value; values run from 1 to max. */
  readonly max: number;
  readonly words: WordList;
  readonly look: GlyphLook;
}

/** The rating controls, in the order the documentation lists them; the first is the default. */
export const scales = {
  faces5: { max: 5, words: 'scale5', look: 'faces' },
  stars5: { max: 5, words: 'scale5', look: 'stars' },
  numbers5: { max: 5, words: 'scale5', look: 'numerals' },
  faces3: { max: 3, words: 'scale3', look: 'faces' },
  thumbs2: { max: 2, words: 'thumbs', look: 'thumbs' },
} as const satisfies Record<string, ScaleDefinition>;

export type ScaleName = keyof typeof scales;
export const scaleNames = Object.keys(scales) as ScaleName[];

export function isScaleName(value: unknown): value is ScaleName {
  return (scaleNames as readonly unknown[]).includes(value);
}

/** "Low" is the lower half of the scale: 1–2 of 5, 1 of 3, 1 of 2 (아쉬워요). */
export function isLowRating(scale: ScaleName, value: number): boolean {
  return value <= Math.floor(scales[scale].max / 2);
}

/** The "what stood out?" choices, in the order they are offered and sent. */
export const aspectNames = ['attitude', 'explanation', 'speed', 'waiting', 'facilities', 'accuracy'] as const;
export type Aspect = (typeof aspectNames)[number];

/** How the visitor was served. */
export const channels = ['online', 'visit', 'phone', 'other'] as const;
export type Channel = (typeof channels)[number];

/** In the page; a launcher that opens a dialog; a counter tablet that clears itself. */
export const displayModes = ['inline', 'button', 'kiosk'] as const;
export type DisplayMode = (typeof displayModes)[number];

/**
 * The languages the widget speaks; Korean, the first, is the default and is in the first script.
 * Japanese, Simplified Chinese and Vietnamese are the common languages of foreign residents in Korea.
 */
export const localeCodes = ['ko', 'en', 'ja', 'zh', 'vi'] as const;
export type LocaleCode = (typeof localeCodes)[number];

export function isLocaleCode(value: unknown): value is LocaleCode {
  return (localeCodes as readonly unknown[]).includes(value);
}
