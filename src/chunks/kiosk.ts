/**
 * `mode="kiosk"`: a tablet at a service counter (the paper 좋아요/아쉬워요 praise board, turned
 * digital). After a send it shows the thank-you and clears itself after `kiosk-reset` seconds; a
 * visitor who walks away mid-way is asked whether they are still there, and the form clears if
 * nobody answers. Loaded on demand; imports nothing at run time (see `kit.ts`).
 */
import type { TemplateResult } from 'lit';
import type { Kit } from '../features/kit.js';

export { messages } from './mode-messages.js';

/**
 * Seconds the "are you still there?" question waits before the form clears: WCAG 2.2.1 asks for at
 * least 20 seconds to answer a time-out warning.
 */
export const STILL_THERE_SECONDS = 20;

/** Large targets (44 px at the least, here 64 and more) and larger text, for standing at a counter. */
export const styles = `
.kiosk{font-size:1.25em}
.kiosk .tile{min-height:88px}
.kiosk .toggle label,.kiosk .field input{min-height:56px}
.kiosk button{min-height:64px;padding:12px 32px}
.kiosk textarea{min-height:4em}
.kiosk .still-there{display:flex;flex-wrap:wrap;align-items:center;gap:16px}
`;

/** Where the visitor is: nothing entered yet, answering, or done (sent or queued). */
type Stage = 'empty' | 'answering' | 'done';

export interface KioskHost {
  /** Clears everything the visitor entered, and the thank-you. */
  startOver(): void;
  /** Re-renders the host (the question appeared or went). */
  requestUpdate(): void;
  hasAnswers(): boolean;
  isDone(): boolean;
}

/** The timers of one kiosk widget. Any touch, key or typing in it counts as the visitor being there. */
export class KioskSession {
  /** Whether the "are you still there?" question is showing. */
  asking = false;
  private stage: Stage = 'empty';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly element: HTMLElement;
  private readonly host: KioskHost;
  private readonly seconds: number;
  private readonly onActivity = () => this.activity();

  constructor(element: HTMLElement, host: KioskHost, seconds: number) {
    this.element = element;
    this.host = host;
    this.seconds = seconds;
    for (const type of ['pointerdown', 'keydown', 'input']) element.addEventListener(type, this.onActivity);
  }

  /** After each render: a change of stage (a send finished, the first answer given) restarts the clock. */
  sync() {
    const stage: Stage = this.host.isDone() ? 'done' : this.host.hasAnswers() ? 'answering' : 'empty';
    if (stage === this.stage) return;
    this.stage = stage;
    this.restart();
  }

  /** The visitor is there: the question goes away and the clock starts again. */
  activity() {
    if (this.asking) {
      this.asking = false;
      this.host.requestUpdate();
    }
    this.restart();
  }

  stop() {
    clearTimeout(this.timer);
    for (const type of ['pointerdown', 'keydown', 'input']) this.element.removeEventListener(type, this.onActivity);
  }

  private restart() {
    clearTimeout(this.timer);
    if (this.stage === 'done') this.timer = setTimeout(() => this.host.startOver(), this.seconds * 1000);
    else if (this.stage === 'answering') this.timer = setTimeout(() => this.ask(), this.seconds * 1000);
  }

  private ask() {
    this.asking = true;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.asking = false;
      this.host.startOver();
    }, STILL_THERE_SECONDS * 1000);
  }
}

/** In the status line: the question while it is asked, or when the thank-you will clear. */
export function renderKioskStatus(kit: Kit, session: KioskSession, done: boolean, seconds: number): TemplateResult {
  const { html, nothing, term } = kit;
  if (session.asking) {
    return html`<div class="still-there">
      <p>${term('kioskIdle', { seconds: STILL_THERE_SECONDS })}</p>
      <button type="button" part="kiosk-continue" @click=${() => session.activity()}>${term('kioskContinue')}</button>
    </div>`;
  }
  return done ? html`<p>${term('kioskResetSoon', { seconds })}</p>` : (nothing as unknown as TemplateResult);
}
