/**
 * Where a key press moves the selection in a radio group, as in the WAI-ARIA APG radio group
 * pattern: Right/Down to the next option, Left/Up to the previous one, both wrapping; Home and End
 * to the first and last. In right-to-left text Left and Right swap, as the options are laid out
 * mirrored. Returns `undefined` for keys the group does not handle.
 *
 * The group handles these keys itself rather than leaving them to the browser, because engines
 * disagree on radio arrow keys (mirroring in RTL, Home/End), and visitors should meet one behaviour.
 */
export function nextOptionIndex(key: string, current: number, count: number, rightToLeft: boolean): number | undefined {
  const forward = rightToLeft ? 'ArrowLeft' : 'ArrowRight';
  const backward = rightToLeft ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (current + 1) % count;
    case backward:
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
