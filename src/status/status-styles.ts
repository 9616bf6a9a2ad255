import { css } from 'lit';
import { paletteStyles } from '../theme/palette.js';

/**
 * The status element's look: the form's palette and public tokens (`--courtesy-feedback-*`), so one
 * theme on :root dresses both; 44 px targets, a visible focus ring, and forced-colours cues.
 */
export const statusStyles = [
  paletteStyles,
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
      box-sizing: border-box;
      display: grid;
      gap: var(--_space);
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
      font-size: var(--courtesy-feedback-font-size, max(1rem, 16px));
      line-height: 1.5;
      text-align: start;
      word-break: keep-all;
      overflow-wrap: anywhere;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h2,
    h3,
    p,
    dl,
    dd,
    ol {
      margin: 0;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.0625em;
    }
    h3:focus {
      outline: none;
    }
    form,
    .field,
    .result,
    .question,
    .contact {
      display: grid;
      gap: calc(var(--_space) / 2);
    }
    form {
      gap: var(--_space);
    }
    label {
      font-weight: 700;
    }
    input {
      width: 100%;
      max-width: 24em;
      min-height: 44px;
      padding: 8px 12px;
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
    }
    [aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .hint {
      color: var(--_muted-text);
      font-size: 0.875em;
    }
    .error {
      color: var(--_error);
      font-weight: 700;
    }
    .error::before {
      content: '⚠ ';
      content: '⚠ ' / '';
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
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
    button.secondary {
      color: var(--_accent);
      background: var(--_background);
      border-color: var(--_accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    input:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--_focus-ring);
      outline-offset: 2px;
    }
    /* The steps, the current one marked by more than colour: bold, a filled dot and aria-current. */
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 0;
      list-style: none;
    }
    .steps li {
      color: var(--_muted-text);
    }
    .steps li::before {
      content: '○ ';
      content: '○ ' / '';
    }
    .steps .done::before {
      content: '● ';
      content: '● ' / '';
    }
    .steps [aria-current] {
      color: var(--_text);
      font-weight: 700;
    }
    .steps [aria-current]::before {
      content: '◉ ';
      content: '◉ ' / '';
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      color: var(--_muted-text);
    }
    dd {
      font-weight: 700;
    }
    .answer {
      white-space: pre-line;
      padding: calc(var(--_space) / 2) var(--_space);
      background: var(--_surface);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .status:empty {
      display: none;
    }
    @media (forced-colors: active) {
      button,
      input {
        border: 1px solid CanvasText;
      }
      button:focus-visible,
      input:focus-visible {
        outline: 3px solid Highlight;
      }
      .error {
        color: CanvasText;
      }
    }
  `,
];
