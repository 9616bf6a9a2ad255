import type { LitElement, ReactiveController } from 'lit';
import type { KioskHost, KioskSession } from '../chunks/kiosk.js';
import { loadKiosk } from '../features/load-features.js';
import type { FeatureController } from './feature-controller.js';

/** What kiosk mode needs of its form. */
export interface KioskForm {
  /** `kiosk-reset` while the widget is in kiosk mode; undefined in the other modes. */
  seconds(): number | undefined;
  /** Clears everything the visitor entered, and the thank-you. */
  clear(): void;
  hasAnswers(): boolean;
  isDone(): boolean;
}

/**
 * Kiosk mode's timers (its chunk's `KioskSession`) while the host is connected in that mode, and the
 * count of visitors: each gets a new form (`keyed` on `visit`), with no trace of the last in the DOM.
 */
export class KioskController implements ReactiveController, KioskHost {
  visit = 0;
  session: KioskSession | undefined;
  private readonly __host: LitElement;
  private readonly __features: FeatureController;
  private readonly __form: KioskForm;

  constructor(host: LitElement, features: FeatureController, form: KioskForm) {
    this.__host = host;
    this.__features = features;
    this.__form = form;
    host.addController(this);
  }

  hostUpdated() {
    const seconds = this.__host.isConnected ? this.__form.seconds() : undefined;
    const kiosk = seconds === undefined ? undefined : this.__features.get(loadKiosk, 'kiosk');
    if (!kiosk) return this.hostDisconnected();
    this.session ??= new kiosk.KioskSession(this.__host, this, seconds!);
    this.session.sync();
  }

  hostDisconnected() {
    this.session?.stop();
    this.session = undefined;
  }

  startOver() {
    const host = this.__host;
    const focusWasInside = Boolean((host.renderRoot as ShadowRoot).activeElement);
    this.__form.clear();
    this.visit++;
    if (focusWasInside) void host.updateComplete.then(() => host.renderRoot.querySelector('input')?.focus());
  }

  requestUpdate() {
    this.__host.requestUpdate();
  }

  hasAnswers() {
    return this.__form.hasAnswers();
  }

  isDone() {
    return this.__form.isDone();
  }
}
