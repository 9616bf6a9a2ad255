import type { Kit } from '../features/kit.js';
import { glyphPaths } from '../rating/glyphs.js';
import { scales, type ScaleName } from '../vocabulary.js';

export interface RatingGroupView {
  scale: ScaleName;
  /** The group's label: the page's `heading`, or the default question. */
  question: string;
  rating: number | null;
  /** The visitor pressed send without a rating. */
  invalid: boolean;
  disabled: boolean;
  onChange: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * The rating, as accessibility reviewers ask for it: native radios in a fieldset whose legend is the
 * question, each labelled with its words (the glyph beside them, drawn or a numeral, is decoration), none preselected.
 */
export function ratingGroup({ html, nothing, term }: Kit, view: RatingGroupView) {
  const scale = scales[view.scale];
  const paths = glyphPaths[view.scale];
  const { rating, invalid } = view;
  return html`<fieldset part="rating" aria-describedby=${invalid ? 'rating-error' : nothing}>
    <legend part="question" id="question">${view.question}</legend>
    ${invalid ? html`<p class="error" part="error" id="rating-error">${term('errorRatingRequired')}</p>` : nothing}
    <div class="options look-${scale.look} count-${scale.max}" part="options" @keydown=${view.onKeydown}>
      ${term(scale.words).map((word, index) => {
        const value = index + 1;
        const checked = rating === value;
        return html`<span
          class="option ${rating !== null && value <= rating ? 'filled' : ''}"
          part=${checked ? 'option option-checked' : 'option'}
        >
          <input
            type="radio"
            name="rating"
            id=${`rating-${value}`}
            .value=${String(value)}
            .checked=${checked}
            ?disabled=${view.disabled}
            aria-invalid=${invalid ? 'true' : nothing}
            @change=${view.onChange}
          />
          <label class="tile" part="option-label" for=${`rating-${value}`}>
            ${
              paths
                ? html`<svg class="glyph" viewBox="0 0 24 24" aria-hidden="true"><path d=${paths[index]}></path></svg>`
                : html`<span class="glyph" aria-hidden="true">${value}</span>`
            }
            <span class="word">${word}</span>
          </label>
        </span>`;
      })}
    </div>
  </fieldset>`;
}
