import { adoptStyles, unsafeCSS, type LitElement } from 'lit';
import { FeedbackErrorEvent } from '../events.js';
import type { FeatureModule } from '../features/kit.js';
import type { ChunkName, OnDemand } from '../on-demand.js';

/**
 * The features a widget shows from chunks (contact details, the dialog, kiosk mode): asks for each
 * once, renders the host again when it comes, adds its CSS to the host's own, and tells the page
 * once when it failed for good (`feedback-error`, reason `load`), the form going on without it.
 * `pending` is what the host's `updateComplete` waits for.
 */
export class FeatureController {
  private readonly __host: LitElement;
  /** Chunks on their way; `updateComplete` waits for them and the render that uses them. */
  readonly pending = new Set<Promise<unknown>>();
  private readonly __requested = new Set<OnDemand<FeatureModule>>();
  /** CSS of the features this host has shown, added to its own stylesheet. */
  private readonly __styles = new Set<string>();

  constructor(host: LitElement) {
    this.__host = host;
  }

  /** A feature's module if it is here; otherwise starts loading it (once) and returns undefined. */
  get<T extends FeatureModule>(load: OnDemand<T>, part: ChunkName): T | undefined {
    const current = load.current;
    if (current) {
      if (current.styles && !this.__styles.has(current.styles)) {
        this.__styles.add(current.styles);
        adoptStyles(this.__host.renderRoot as ShadowRoot, [
          ...(this.__host.constructor as typeof LitElement).elementStyles,
          ...Array.from(this.__styles, (styles) => unsafeCSS(styles)),
        ]);
      }
      return current;
    }
    if (this.__requested.has(load)) return undefined;
    this.__requested.add(load);
    const loading = load().then(
      () => undefined,
      // The console has been told which file failed and why (on-demand.ts).
      () => void this.__host.dispatchEvent(new FeedbackErrorEvent(null, null, 'load', part))
    );
    this.pending.add(loading);
    void loading.then(() => {
      this.pending.delete(loading);
      this.__host.requestUpdate();
    });
    return undefined;
  }
}
