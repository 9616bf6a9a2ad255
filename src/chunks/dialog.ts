/**
 * `mode="button"`: the platform's modal dialog that the launcher opens (`showModal()`: focus moves
 * in, the page behind is inert, Escape closes, focus returns to the launcher). The launcher itself
 * is in the first script, so that it shows at once and works, opening the form in the page, even
 * when this chunk never comes. Loaded on demand; imports nothing at run time (see `kit.ts`).
 */
import type { TemplateResult } from 'lit';
import type { Kit } from '../features/kit.js';

export { messages } from './mode-messages.js';

export const styles = `
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
  /** The launcher's words, which name the dialog too. */
  label: string;
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
  return kit.html`<dialog part="dialog" aria-label=${view.label} @close=${view.onClose}>${view.body}</dialog>`;
}

/** The close button, first in the dialog's box so that it is in reach at once, by keyboard too. */
export function renderClose(kit: Kit, onClose: () => void): TemplateResult {
  const { html, term } = kit;
  return html`<button type="button" class="close" part="close" @click=${onClose}>${term('close')}</button>`;
}
