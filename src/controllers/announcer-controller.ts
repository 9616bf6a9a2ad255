import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from './localize-controller.js';

/** How close the comment is to its limit; the live region speaks only when this changes. */
type CounterBand = 'plenty' | 'few' | 'over';

/** How long typing must pause before the counter's state is announced. */
const PAUSE = 700;

/** The comment as it stands when typing pauses. */
export interface CommentMeasure {
  length: number;
  maxLength: number;
  /** The personal-data notice shown for it, or ''. */
  piiNotice: string;
}

/**
 * What screen readers hear about the comment, through its polite live region: the counter only when
 * it matters (few characters left, or too many) and the personal-data notice when it changes, both
 * only once typing pauses, never on every key press.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private readonly __host: ReactiveControllerHost;
  private readonly __localize: LocalizeController;
  private __timer: ReturnType<typeof setTimeout> | undefined;
  private __band: CounterBand = 'plenty';
  private __notice = '';

  constructor(host: ReactiveControllerHost, localize: LocalizeController) {
    this.__host = host;
    this.__localize = localize;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.__timer);
  }

  /** After a keystroke: once typing pauses, `measure` says how the comment stands. */
  schedule(measure: () => CommentMeasure) {
    clearTimeout(this.__timer);
    this.__timer = setTimeout(() => {
      const { length, maxLength, piiNotice } = measure();
      const remaining = maxLength - length;
      const band: CounterBand =
        remaining < 0 ? 'over' : remaining <= Math.max(10, Math.round(maxLength * 0.1)) ? 'few' : 'plenty';
      if (band !== this.__band || piiNotice !== this.__notice) {
        const term = this.__localize.term.bind(this.__localize);
        const counter =
          band === 'over'
            ? term('counterOver', { over: -remaining })
            : band === 'few'
              ? term('counterRemaining', { remaining })
              : '';
        this.text = [piiNotice !== this.__notice ? piiNotice : '', counter].filter(Boolean).join(' ');
        this.__host.requestUpdate();
      }
      this.__band = band;
      this.__notice = piiNotice;
    }, PAUSE);
  }

  reset() {
    clearTimeout(this.__timer);
    this.text = this.__notice = '';
    this.__band = 'plenty';
  }
}
