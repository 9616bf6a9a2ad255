/**
 * Seconds the "are you still there?" question waits before the form clears: WCAG 2.2.1 asks for at
 * least 20 seconds to answer a time-out warning.
 */
export const STILL_THERE_SECONDS = 20;

/**
 * Where the visitor is: nothing entered yet, answering, done (sent or queued: the thank-you clears
 * itself), or done and keeping the thank-you on screen (it then clears only as an idle form does,
 * after the question).
 */
type Stage = 'empty' | 'answering' | 'done' | 'kept';

export interface KioskHost {
  /** Clears everything the visitor entered, and the thank-you. */
  startOver(): void;
  /** Re-renders the host (the question appeared or went). */
  requestUpdate(): void;
  /** Brings the question into view once it is rendered. */
  reveal(): void;
  /** Focus back into the form (or on the kept thank-you) once the question's button is gone. */
  refocus(): void;
  hasAnswers(): boolean;
  isDone(): boolean;
}

/**
 * The timers of one kiosk widget. Any touch, key or typing in it counts as the visitor being there,
 * except on the thank-you, whose time runs out as it says unless the visitor asks to keep it: a
 * touch that quietly moved the promised moment would make the message untrue (WCAG 2.2.1).
 */
export class KioskSession {
  /** Whether the "are you still there?" question is showing. */
  asking = false;
  /** The form cleared itself and nobody has touched it since: the status says so, once. */
  startedOver = false;
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

  get kept() {
    return this.stage === 'kept';
  }

  /** After each render: a change of stage (a send finished, the first answer given) restarts the clock. */
  sync() {
    const done = this.host.isDone();
    const stage: Stage =
      done && this.stage === 'kept' ? 'kept' : done ? 'done' : this.host.hasAnswers() ? 'answering' : 'empty';
    if (stage === this.stage) return;
    this.stage = stage;
    this.restart();
  }

  /** The visitor is there: the question goes away and the clock starts again. */
  activity() {
    if (this.asking || this.startedOver) {
      this.asking = this.startedOver = false;
      this.host.requestUpdate();
    }
    if (this.stage !== 'done') this.restart();
  }

  /** The visitor asked to keep the thank-you (it stays while they are there), or to let it go. */
  toggleKeep() {
    this.stage = this.stage === 'kept' ? 'done' : 'kept';
    this.host.requestUpdate();
    this.restart();
  }

  /** "Keep going": the question goes, and focus to what the visitor was on before it came. */
  resume() {
    this.activity();
    this.host.refocus();
  }

  stop() {
    clearTimeout(this.timer);
    for (const type of ['pointerdown', 'keydown', 'input']) this.element.removeEventListener(type, this.onActivity);
  }

  private restart() {
    clearTimeout(this.timer);
    if (this.stage === 'done') this.timer = setTimeout(() => this.clear(), this.seconds * 1000);
    else if (this.stage !== 'empty') this.timer = setTimeout(() => this.ask(), this.seconds * 1000);
  }

  private ask() {
    this.asking = true;
    this.host.requestUpdate();
    this.host.reveal();
    this.timer = setTimeout(() => this.clear(), STILL_THERE_SECONDS * 1000);
  }

  private clear() {
    this.asking = false;
    this.host.startOver();
  }

  /** Called by the host once the cleared form is on screen, so that the live region says it. */
  saidStartedOver() {
    this.startedOver = true;
    this.host.requestUpdate();
  }
}
