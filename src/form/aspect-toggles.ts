import type { Kit } from '../features/kit.js';
import type { Aspect } from '../vocabulary.js';

export interface AspectTogglesView {
  offered: readonly Aspect[];
  chosen: readonly Aspect[];
  disabled: boolean;
  onChange: (event: Event) => void;
}

/** "What stood out?": native checkboxes in a labelled fieldset; the choice shows as ✓ and a border, not by colour alone. */
export function aspectToggles(
  { html, nothing, term }: Kit,
  { offered, chosen, disabled, onChange }: AspectTogglesView
) {
  if (!offered.length) return nothing;
  const names = term('aspectNames');
  return html`<fieldset part="aspects" class="aspects">
    <legend part="aspects-question">${term('aspectsQuestion')}</legend>
    <div class="toggles">
      ${offered.map(
        (aspect) =>
          html`<span class="toggle" part=${chosen.includes(aspect) ? 'aspect aspect-checked' : 'aspect'}>
            <input
              type="checkbox"
              id=${`aspect-${aspect}`}
              .value=${aspect}
              .checked=${chosen.includes(aspect)}
              ?disabled=${disabled}
              @change=${onChange}
            /><label for=${`aspect-${aspect}`} part="aspect-label">${names[aspect]}</label>
          </span>`
      )}
    </div>
  </fieldset>`;
}
