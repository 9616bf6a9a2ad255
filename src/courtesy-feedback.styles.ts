import { css, unsafeCSS } from 'lit';
import { paletteStyles } from './theme/palette.js';
import { scales, type GlyphLook } from './vocabulary.js';

/**
 * The per-scale rules, from the vocabulary: a column count for every scale's number of options
 * (by class, not an inline style: a strict CSP without 'unsafe-inline' blocks those), and the
 * drawing of each kind of glyph, a record so that a new look does not compile until it is styled.
 */
const glyphLooks: Record<GlyphLook, string> = {
  // Lines, as every drawing is (the `svg` rule below).
  faces: '',
  stars: 'fill:currentColor;stroke:none;color:var(--_border)',
  numerals: 'font-weight:700;font-size:1.5em',
  thumbs: '',
};
const scaleStyles = unsafeCSS(
  [...new Set(Object.values(scales).map((scale) => scale.max))]
    .map((count) => `.count-${count}{grid-template-columns:repeat(${count},minmax(0,1fr))}`)
    .concat(
      Object.entries(glyphLooks)
        .filter(([, rules]) => rules)
        .map(([look, rules]) => `.look-${look} .glyph{${rules}}`)
    )
    .join('')
);

/**
 * Every visual token lives here and in `theme/palette.ts` (the colours). Public tokens are
 * `--courtesy-feedback-*` custom properties, read with a fallback and never declared on :host, so a
 * page can theme every widget once on :root. Internal `--_*` variables hold the resolved values;
 * dark defaults differ, a page-set token wins in both.
 */
export const styles = [
  paletteStyles,
  scaleStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }

    .base {
      --_radius: var(--courtesy-feedback-radius, 12px);
      --_space: var(--courtesy-feedback-spacing, 16px);

      /* The host page's inherited text styles stop here, so an old CMS's resets cannot reshape the form. */
      container-type: inline-size;
      box-sizing: border-box;
      color: var(--_text);
      background: var(--_background);
      font-family: var(
        --courtesy-feedback-font-family,
        system-ui,
        'Apple SD Gothic Neo',
        'Malgun Gothic',
        'Noto Sans KR',
        sans-serif
      );
      /* At least 16px even on pages that shrink the root to 62.5%, but larger when the reader asks. */
      font-size: var(--courtesy-feedback-font-size, max(1rem, 16px));
      font-weight: 400;
      font-style: normal;
      line-height: 1.5;
      /* Letter and word spacing are not reset: they inherit from the page, which is how a reader's
         own text-spacing style (WCAG 1.4.12) reaches a shadow root. */
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      word-break: keep-all;
      overflow-wrap: anywhere;
      visibility: visible;
      cursor: auto;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    form {
      display: grid;
      gap: var(--_space);
      margin: 0;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend {
      padding: 0;
      margin-bottom: calc(var(--_space) / 2);
      font-size: 1.125em;
      font-weight: 700;
    }

    .subject {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
    }
    .subject img {
      width: 3.5em;
      height: 3.5em;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
    }
    .subject p {
      margin: 0;
    }
    .subject-context {
      color: var(--_muted-text);
      font-size: 0.875em;
    }

    .options {
      display: grid;
      gap: 8px;
    }

    .option {
      position: relative;
      display: flex;
    }

    /* The real radio (or, for aspects, checkbox) covers its tile, invisible: touch exploration and
     clicks reach the native control, whose accessible name is its label's words, and its state shows
     on the label. */
    .option input,
    .toggle input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .option input:disabled {
      cursor: not-allowed;
    }

    .tile {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 4px;
      min-height: 44px;
      min-width: 44px;
      padding: 8px 4px;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      text-align: center;
      font-size: 0.875em;
      line-height: 1.3;
    }
    .glyph {
      font-size: 1.75em;
      line-height: 1;
    }
    /* The glyphs are the only drawings: lines in the text colour. */
    svg {
      width: 1em;
      height: 1em;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .look-thumbs :first-child svg {
      transform: rotate(180deg);
    }
    .look-stars .filled .glyph {
      color: var(--_star);
    }

    .option input:checked + .tile {
      border: 2px solid var(--_accent);
      background: var(--_selected-surface);
      font-weight: 700;
    }
    .option input:focus-visible + .tile {
      outline: 3px solid var(--_focus-ring);
      outline-offset: 2px;
    }
    .option input:disabled + .tile {
      opacity: 0.6;
    }
    .option input[aria-invalid='true'] + .tile {
      border-color: var(--_error);
    }

    /* Narrow containers and large text: one option per line, glyph beside its words. */
    @container (max-width: 26em) {
      .options {
        grid-template-columns: minmax(0, 1fr);
      }
      .tile {
        flex-direction: row;
        justify-content: flex-start;
        gap: 12px;
        padding: 8px 12px;
        text-align: start;
      }
    }

    .toggles {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .toggle {
      position: relative;
      display: flex;
    }
    .toggle label {
      display: flex;
      align-items: center;
      min-height: 44px;
      padding: 8px 16px;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
    }
    .toggle label::before {
      content: '+ ';
      content: '+ ' / '';
      white-space: pre;
    }
    .toggle input:checked + label {
      border: 2px solid var(--_accent);
      background: var(--_selected-surface);
      font-weight: 700;
    }
    .toggle input:checked + label::before {
      content: '✓ ';
      content: '✓ ' / '';
    }
    .toggle input:focus-visible + label {
      outline: 3px solid var(--_focus-ring);
      outline-offset: 2px;
    }
    .toggle input:disabled + label {
      opacity: 0.6;
    }
    /* The honeypot: out of sight and out of reach; only a bot that fills every field finds it. */
    .trap {
      position: absolute;
      left: -100vw;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }

    .field {
      display: grid;
      gap: 4px;
    }
    label.comment-label {
      font-weight: 700;
    }
    .hint,
    .counter,
    .notice {
      margin: 0;
      color: var(--_muted-text);
      font-size: 0.875em;
    }
    textarea {
      min-height: 6em;
      resize: vertical;
    }
    textarea,
    .field input {
      width: 100%;
      min-height: 44px;
      padding: 8px 12px;
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
    }
    textarea:focus-visible,
    input:focus-visible,
    button:focus-visible,
    a:focus-visible,
    .status:focus-visible {
      outline: 3px solid var(--_focus-ring);
      outline-offset: 2px;
    }
    [aria-invalid='true']:is(textarea, input) {
      border: 2px solid var(--_error);
    }
    .pii {
      margin: 0;
      font-weight: 700;
    }
    .pii::before {
      content: 'ⓘ ';
      content: 'ⓘ ' / '';
    }
    .counter.over {
      color: var(--_error);
      font-weight: 700;
    }
    .error {
      margin: 0;
      color: var(--_error);
      font-weight: 700;
    }
    /* A visible cue beyond colour; the empty alternative keeps screen readers to the message itself. */
    .error::before {
      content: '⚠ ';
      content: '⚠ ' / '';
    }

    a {
      color: var(--_accent);
    }

    button {
      justify-self: start;
      min-height: 44px;
      min-width: 44px;
      padding: 8px 24px;
      font: inherit;
      font-weight: 700;
      color: var(--_on-accent);
      background: var(--_accent);
      border: 2px solid transparent;
      border-radius: 999px;
      cursor: pointer;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .launcher.bottom-end,
    .launcher.bottom-start {
      position: fixed;
      bottom: 16px;
      z-index: 2147483000;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.35);
    }
    .launcher.bottom-end {
      inset-inline-end: 16px;
    }
    /* The launcher stands on the page, whatever its colours: a ring between two halos of the
       widget's background shows against light and dark pages alike (the outline, transparent, is
       what forced-colours mode draws). */
    .launcher:focus-visible {
      outline: 2px solid transparent;
      box-shadow:
        0 0 0 2px var(--_background),
        0 0 0 5px var(--_focus-ring),
        0 0 0 7px var(--_background);
    }
    .launcher.bottom-start {
      inset-inline-start: 16px;
    }

    .status:empty {
      display: none;
    }
    .status {
      margin-top: var(--_space);
    }
    .status p {
      margin: 0;
    }
    .status .failure {
      color: var(--_error);
      font-weight: 700;
    }
    .status .thanks {
      font-size: 1.125em;
      font-weight: 700;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }

    @media (prefers-reduced-motion: no-preference) {
      .tile,
      button {
        transition:
          background-color 120ms ease-out,
          border-color 120ms ease-out;
      }
    }

    /* Windows high contrast and other forced palettes: state must show without our colours. */
    @media (forced-colors: active) {
      .tile,
      .toggle label,
      textarea,
      button {
        border: 1px solid CanvasText;
      }
      .option input:checked + .tile,
      .toggle input:checked + label {
        border: 3px solid Highlight;
      }
      .option input:focus-visible + .tile,
      textarea:focus-visible,
      button:focus-visible {
        outline: 3px solid Highlight;
      }
      .look-stars .filled .glyph {
        color: Highlight;
      }
      .error,
      .counter.over,
      .status .failure {
        color: CanvasText;
      }
    }
  `,
];
