import type { LitElement, ReactiveController } from 'lit';
import { KioskSession, type KioskHost } from './kiosk-session.js';

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
 * Kiosk mode's timers (a `KioskSession`) while the host is connected in that mode, and the count
 * of visitors: each gets a new form (`keyed` on `visit`), with no trace of the last in the DOM.
 * Part of the kiosk chunk, which the element asks for when it is in that mode: without the chunk
 * there would be no timers to keep anyway.
 */
export class KioskController implements ReactiveController, KioskHost {
  visit = 0;
  session: KioskSession | undefined;
  private readonly host: LitElement;
  private readonly form: KioskForm;

  constructor(host: LitElement, form: KioskForm) {
    this.host = host;
    this.form = form;
    host.addController(this);
  }

  hostUpdated() {
    const seconds = this.host.isConnected ? this.form.seconds() : undefined;
    if (seconds === undefined) return this.hostDisconnected();
    this.session ??= new KioskSession(this.host, this, seconds);
    this.session.sync();
  }

  hostDisconnected() {
    this.session?.stop();
    this.session = undefined;
  }

  /**
   * Clears the form for the next visitor. Once the new form is on screen (and focus on its first
   * option if it was in the widget), the live region, live again and empty, says that it started
   * over: said in the same render that made it live, it would not be announced.
   */
  startOver() {
    const host = this.host;
    const focusWasInside = Boolean((host.renderRoot as ShadowRoot).activeElement);
    this.form.clear();
    this.visit++;
    this.afterRender((root) => {
      if (focusWasInside) root.querySelector('input')?.focus();
      this.session?.saidStartedOver();
    });
  }

  refocus() {
    this.afterRender((root) =>
      (
        root.querySelector<HTMLElement>('[part="kiosk-keep"]') ??
        root.querySelector<HTMLElement>('input:checked') ??
        root.querySelector<HTMLElement>('input')
      )?.focus()
    );
  }

  requestUpdate() {
    this.host.requestUpdate();
  }

  /** After the render: the question in full view, even when it made the page taller than the screen. */
  reveal() {
    this.afterRender((root) => root.querySelector('.still-there')?.scrollIntoView({ block: 'nearest' }));
  }

  /** Runs `then` on the host's shadow root once the render under way is on screen. */
  private afterRender(then: (root: HTMLElement | DocumentFragment) => void) {
    void this.host.updateComplete.then(() => then(this.host.renderRoot));
  }

  hasAnswers() {
    return this.form.hasAnswers();
  }

  isDone() {
    return this.form.isDone();
  }
}
