import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A launcher fixed in a corner sits over the page. When the page's keyboard focus lands under it
 * (the browser scrolls a focused link just into view, often to the very corner the launcher
 * covers), the page is scrolled on until that element shows above it: WCAG 2.4.11, focus not
 * obscured.
 */
export class LauncherClearanceController implements ReactiveController {
  private readonly __host: ReactiveControllerHost & HTMLElement;
  private readonly __fixedLauncher: () => HTMLElement | null;

  /** `fixedLauncher` gives the launcher while it is fixed in a corner, else null. */
  constructor(host: ReactiveControllerHost & HTMLElement, fixedLauncher: () => HTMLElement | null) {
    this.__host = host;
    this.__fixedLauncher = fixedLauncher;
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('focusin', this.__clear);
  }

  hostDisconnected() {
    document.removeEventListener('focusin', this.__clear);
  }

  private readonly __clear = (event: FocusEvent) => {
    const target = event.target as Element;
    // Focus within the widget itself (retargeted to its host) is its own to place.
    if (target === this.__host || !this.__fixedLauncher()) return;
    // After the browser's own scrolling to the newly focused element.
    requestAnimationFrame(() => {
      const launcher = this.__fixedLauncher();
      if (!launcher) return;
      const cover = launcher.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const overlaps =
        box.bottom > cover.top && box.top < cover.bottom && box.right > cover.left && box.left < cover.right;
      if (overlaps) scrollBy(0, box.bottom - cover.top + 8);
    });
  };
}
