/**
 * `mode="button"`: a launcher button that opens the form in the platform's modal dialog
 * (`showModal()`: focus moves in, the page behind is inert, Escape closes, focus returns to the
 * launcher). Loaded on demand; imports nothing at run time (see `kit.ts`).
 */
import type { TemplateResult } from 'lit';
import type { LauncherPosition } from '../config.js';
import type { Kit } from './kit.js';

export { messages } from './mode-messages.js';

export const styles = `
.launcher{justify-self:auto}
.launcher.bottom-end,.launcher.bottom-start{position:fixed;bottom:16px;z-index:2147483000;box-shadow:0 2px 8px rgb(0 0 0/.35)}
.launcher.bottom-end{inset-inline-end:16px}
.launcher.bottom-start{inset-inline-start:16px}
dialog{padding:0;border:0;background:transparent;color:inherit;width:min(40rem,calc(100vw - 16px));max-width:none;
max-height:calc(var(--_viewport-height,100dvh) - 16px);overflow:auto;overscroll-behavior:contain}
dialog::backdrop{background:rgb(0 0 0/.6)}
dialog .base{position:relative}
.close{position:absolute;top:8px;inset-inline-end:8px;padding:8px 16px;color:var(--_text);background:var(--_surface);border:1px solid var(--_border)}
dialog .base>:first-child:not(.close){margin-top:0}
dialog form{padding-top:40px}
`;

export interface DialogView {
  /** The form, status and buttons, as the element renders them inline. */
  body: TemplateResult;
  position: LauncherPosition;
  /** `launcher-label`, if the page set one. */
  label: string | undefined;
  onOpen: () => void;
  onClose: () => void;
}

/**
 * Keeps the dialog inside the visual viewport, which shrinks when a phone's on-screen keyboard
 * opens while the layout viewport (and so `dvh`) does not: the form then scrolls inside the
 * dialog, and the field being typed in and the send button stay reachable above the keyboard.
 */
export function followVisualViewport(dialog: HTMLDialogElement): () => void {
  const viewport = window.visualViewport;
  if (!viewport) return () => undefined;
  const fit = () => dialog.style.setProperty('--_viewport-height', `${viewport.height}px`);
  fit();
  viewport.addEventListener('resize', fit);
  return () => viewport.removeEventListener('resize', fit);
}

export function renderDialog(kit: Kit, view: DialogView): TemplateResult {
  const { html, term } = kit;
  const label = view.label || term('launcher');
  return html`<button
      type="button"
      class="launcher ${view.position}"
      part="launcher"
      aria-haspopup="dialog"
      @click=${view.onOpen}
    >
      ${label}
    </button>
    <dialog part="dialog" aria-label=${label} @close=${view.onClose}>${view.body}</dialog>`;
}

/** The close button, first in the dialog's box so that it is in reach at once, by keyboard too. */
export function renderClose(kit: Kit, onClose: () => void): TemplateResult {
  const { html, term } = kit;
  return html`<button type="button" class="close" part="close" @click=${onClose}>${term('close')}</button>`;
}
