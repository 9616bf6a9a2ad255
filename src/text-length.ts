/**
 * Length of a text as a person counts it: one per user-perceived character (grapheme cluster), so a
 * Korean syllable, an emoji with skin-tone or ZWJ modifiers, and a flag each count as one.
 */
let segmenter: Intl.Segmenter | undefined;

export function visibleLength(text: string): number {
  if ('Segmenter' in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let count = 0;
    for (const _ of segmenter.segment(text)) count++;
    return count;
  }
  // Older engines without Intl.Segmenter: code points, which still counts a syllable or a plain
  // emoji as one and errs toward counting a combined emoji as several.
  return Array.from(text).length;
}
