import type { Kit } from '../features/kit.js';
import type { CommentRule } from '../config.js';
import { visibleLength } from '../text-length.js';

/** Why the comment cannot be sent as it is. */
export type CommentError = 'required' | 'tooLong';

export interface CommentFieldView {
  rule: Exclude<CommentRule, 'hidden'>;
  /** Required now: always, or because the rating chosen is low (`required-when-low`). */
  required: boolean;
  text: string;
  maxLength: number;
  error: CommentError | undefined;
  /** The personal-data notice for what is typed, or '' when there is none. */
  piiNotice: string;
  /** What the polite live region says once typing pauses (the counter's state, the notice). */
  announcement: string;
  disabled: boolean;
  onInput: (event: Event) => void;
}

/**
 * The comment: a labelled textarea whose hint, counter (characters as a person counts them),
 * personal-data notice and error are tied to it by `aria-describedby`, all in this shadow root.
 */
export function commentField({ html, nothing, term }: Kit, view: CommentFieldView) {
  const { required, error, piiNotice, maxLength } = view;
  const length = visibleLength(view.text);
  const over = length - maxLength;
  const describedBy = ['comment-hint', 'comment-counter', piiNotice && 'comment-pii', error && 'comment-error']
    .filter(Boolean)
    .join(' ');
  const hint = view.rule === 'required-when-low' && !required ? 'commentHintWhenLow' : 'commentHint';
  return html`<div class="field">
    <label class="comment-label" part="comment-label" for="comment">
      ${term('commentLabel')} ${term(required ? 'required' : 'optional')}
    </label>
    <p class="hint" part="comment-hint" id="comment-hint">${term(hint)}</p>
    ${
      error
        ? html`<p class="error" part="error" id="comment-error">
            ${error === 'tooLong' ? term('errorCommentTooLong', { max: maxLength, over }) : term('errorCommentRequired')}
          </p>`
        : nothing
    }
    <textarea
      id="comment"
      part="comment"
      name="comment"
      rows="4"
      .value=${view.text}
      ?required=${required}
      ?disabled=${view.disabled}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${view.onInput}
    ></textarea>
    ${piiNotice ? html`<p class="pii" part="pii-notice" id="comment-pii">${piiNotice}</p>` : nothing}
    <p class="counter ${over > 0 ? 'over' : ''}" part="counter" id="comment-counter">
      ${term('counter', { count: length, max: maxLength })}
    </p>
    <div class="visually-hidden" aria-live="polite">${view.announcement}</div>
  </div>`;
}
