/**
 * `mode="kiosk"`: a tablet at a service counter (the paper 좋아요/아쉬워요 praise board, turned
 * digital). After a send it shows the thank-you and clears itself after `kiosk-reset` seconds; a
 * visitor who walks away mid-way is asked whether they are still there, and the form clears if
 * nobody answers. Loaded on demand; imports nothing at run time (see `kit.ts`).
 */
import type { TemplateResult } from 'lit';
import type { Kit } from '../features/kit.js';
import { STILL_THERE_SECONDS, type KioskSession } from './kiosk-session.js';

export { KioskController, type KioskForm } from './kiosk-controller.js';
export { messages } from './mode-messages.js';

/** Large targets (44 px at the least, here 64 and more) and larger text, for standing at a counter. */
export const styles = `
.kiosk{font-size:1.25em}
.kiosk .tile{min-height:88px}
.kiosk .toggle label,.kiosk .field input{min-height:56px}
.kiosk button{min-height:64px;padding:12px 32px}
.kiosk textarea{min-height:4em}
.kiosk .still-there{display:flex;flex-wrap:wrap;align-items:center;gap:16px}
`;

/**
 * In the status line: the question while it is asked; on the thank-you, when it will clear and a
 * toggle to keep it; once the form has cleared itself, that it did (focus may have moved to the
 * first option with nothing else said).
 */
export function renderKioskStatus(kit: Kit, session: KioskSession, done: boolean, seconds: number): TemplateResult {
  const { html, nothing, term } = kit;
  if (session.asking) {
    return html`<div class="still-there">
      <p>${term('kioskIdle', { seconds: STILL_THERE_SECONDS })}</p>
      <button type="button" part="kiosk-continue" @click=${() => session.resume()}>${term('kioskContinue')}</button>
    </div>`;
  }
  if (done) {
    // A toggle, so that pressing it leaves focus where it is and says what it did (pressed).
    return html`<div class="still-there">
      <p>${session.kept ? term('kioskKept') : term('kioskResetSoon', { seconds })}</p>
      <button type="button" part="kiosk-keep" aria-pressed=${String(session.kept)} @click=${() => session.toggleKeep()}>
        ${term('kioskKeep')}
      </button>
    </div>`;
  }
  return session.startedOver ? html`<p>${term('kioskStartedOver')}</p>` : (nothing as unknown as TemplateResult);
}
