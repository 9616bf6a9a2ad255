import type { ScaleName } from '../vocabulary.js';

/** A face's outline and eyes, on a 24 × 24 grid; each face adds its mouth (and brows). */
const FACE = 'M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0M9 9v2m6-2v2';
const FROWN = 'M8 17q4-3 8 0';
const SAD = FACE + FROWN;
const NEUTRAL = `${FACE}M8 15h8`;
const SMILE = `${FACE}M8 14q4 4 8 0`;
const STAR = 'M12 2l3 6 7 1-5 5 1 7-6-3-6 3 1-7-5-5 7-1z';
/** A thumb up; the first option's is turned over (`.look-thumbs` in the styles). */
const THUMB = 'M7 11v10H3V11zm0 0 4-8c2 0 3 1 3 3l-1 4h6a2 2 0 0 1 2 2l-1 7a2 2 0 0 1-2 2H7';

/**
 * What each option of a scale shows beside its words, lowest first, as an SVG path; none for
 * numerals, which show the value. Paths, not emoji: a counter PC without a colour-emoji font drew
 * two of the five faces as empty boxes. They draw the same with any font, in `currentColor`, so
 * the theme's text colour and forced-colours mode reach them.
 */
export const glyphPaths: Record<ScaleName, readonly string[] | undefined> = {
  faces5: [`${SAD}M7 7l3 2m7-2-3 2`, SAD, NEUTRAL, SMILE, `${FACE}M7 14h10a5 5 0 0 1-10 0z`],
  stars5: [STAR, STAR, STAR, STAR, STAR],
  numbers5: undefined,
  faces3: [SAD, NEUTRAL, SMILE],
  thumbs2: [THUMB, THUMB],
};
