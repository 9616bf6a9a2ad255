import { unsafeCSS } from 'lit';

/**
 * The widget's colours, light and dark, one line per public token. This is the one source of the
 * palette: the stylesheet's `--_*` variables are generated from it, and the contrast tests read it.
 * A page's own `--courtesy-feedback-<token>` wins over both columns.
 */
export const palette = {
  accent: ['#0b57d0', '#a8c7fa'],
  'on-accent': ['#ffffff', '#062e6f'],
  background: ['#ffffff', '#1e1f20'],
  surface: ['#f3f6fc', '#282a2c'],
  'selected-surface': ['#d3e3fd', '#0842a0'],
  text: ['#1f1f1f', '#e3e3e3'],
  'muted-text': ['#444746', '#c4c7c5'],
  border: ['#747775', '#8e918f'],
  error: ['#b3261e', '#f2b8b5'],
  star: ['#8a5a00', '#fdd663'],
  'focus-ring': ['#0b57d0', '#a8c7fa'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type ColorToken = keyof typeof palette;

/** `--_accent:var(--courtesy-feedback-accent,#0b57d0);…` for one column, with its `color-scheme`. */
function declarations(column: 0 | 1): string {
  return (
    `color-scheme:${column ? 'dark' : 'light'};` +
    Object.entries(palette)
      .map(([token, colors]) => `--_${token}:var(--courtesy-feedback-${token},${colors[column]});`)
      .join('')
  );
}

/**
 * Light by default; dark when the system prefers it, unless `theme="light"`; always with
 * `theme="dark"`. The box and button mode's launcher, which sits outside it, carry the tokens. Generated rather than written out twice, so the two dark rules cannot drift.
 */
export const paletteStyles = unsafeCSS(
  `:is(.base,.launcher){${declarations(0)}}` +
    `@media(prefers-color-scheme:dark){:host(:not([theme=light])) :is(.base,.launcher){${declarations(1)}}}` +
    `:host([theme=dark]) :is(.base,.launcher){${declarations(1)}}`
);
