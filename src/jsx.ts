// Types only, for React's TSX: `import type {} from 'courtesy-feedback/jsx.js'` (or list it in
// tsconfig's "types") lets `<courtesy-feedback scale="stars5" …>` and `<courtesy-feedback-status>`
// type-check with the elements' own property types, so `scale="stars10"` is an error. A module of
// its own, so that a page without React never needs React's types. React 19 sets a prop as the
// element's property when it has one; the wrapper (`courtesy-feedback/react.js`) adds the events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { CourtesyFeedback } from './courtesy-feedback.js';
import type { CourtesyFeedbackStatus } from './status/courtesy-feedback-status.js';

/** The element's own public properties, optional, over the HTML attributes React knows. */
type ElementProps<E extends LitElement> = Partial<Omit<E, keyof LitElement>> &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Omit<E, keyof LitElement>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace to augment
  namespace JSX {
    interface IntrinsicElements {
      'courtesy-feedback': ElementProps<CourtesyFeedback>;
      'courtesy-feedback-status': ElementProps<CourtesyFeedbackStatus>;
    }
  }
}
