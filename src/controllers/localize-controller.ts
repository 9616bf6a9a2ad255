import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledCatalogue, catalogueLoaders, defaultLocale, matchLocale, type LocaleCode } from '../i18n/locales.js';
import { format, type CoreMessages, type MessageOverrides, type Messages } from '../i18n/messages.js';
import { FeedbackErrorEvent } from '../events.js';
import { onDemand } from '../on-demand.js';
import { nearestAttribute } from '../i18n/nearest-attribute.js';

type Host = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides; lang: string };

/** Every document's `<html lang>` and `dir` are watched by one observer, shared by all widgets. */
const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function observeDocument() {
  documentObserver ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/** Catalogues in hand; a locale whose chunk failed to load is left out and Korean is used. */
const catalogues: Partial<Record<LocaleCode, CoreMessages>> = { [defaultLocale]: bundledCatalogue };
/** Strings that came with a feature's chunk (contact details, button and kiosk mode), by locale. */
const featureMessages: Partial<Record<LocaleCode, Partial<Messages>>> = {};

/** Adds the strings a feature's chunk brought, in every language it has them. */
export function addFeatureMessages(byLocale: Partial<Record<LocaleCode, Partial<Messages>>>) {
  for (const [code, messages] of Object.entries(byLocale) as [LocaleCode, Partial<Messages>][]) {
    featureMessages[code] = { ...featureMessages[code], ...messages };
  }
}
const failed = new Set<LocaleCode>();
/** Locales still loading after `LATE_AFTER`: Korean is shown meanwhile, and the language when it comes. */
const late = new Set<LocaleCode>();
/** A form in the visitor's language a little late beats none at all: after this, Korean it is. */
const LATE_AFTER = 3000;
const loaders = Object.fromEntries(
  Object.entries(catalogueLoaders).map(([code, load]) => [code, onDemand('messages', load)])
) as Record<string, () => Promise<CoreMessages>>;

/**
 * Chooses the catalogue for the host from the `lang` rules of the spec, loading it if it is not
 * bundled, merges the host's `messages` overrides over it, and re-renders the host when the
 * document's language changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly __host: Host;
  /** A catalogue on its way; the host's `updateComplete` waits for it, or for Korean in its stead. */
  pending: Promise<unknown> | undefined;
  /** The locale this host asked a catalogue for, so that each render does not ask again. */
  private __loading: LocaleCode | undefined;

  constructor(host: Host) {
    this.__host = host;
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.__host);
    observeDocument();
  }

  hostDisconnected() {
    hosts.delete(this.__host);
    if (hosts.size === 0) documentObserver?.disconnect();
  }

  /** Before each render: start loading the catalogue the host needs, if it is not here yet. */
  hostUpdate() {
    const wanted = matchLocale(this.__host.lang || nearestAttribute(this.__host, 'lang'));
    if (catalogues[wanted] || failed.has(wanted) || this.__loading === wanted) return;
    this.__loading = wanted;
    const load = loaders[wanted]().then(
      (messages) => (catalogues[wanted] = messages),
      () => {
        // The console has been told which file failed, and why (on-demand.ts).
        failed.add(wanted);
        this.__host.dispatchEvent(new FeedbackErrorEvent(null, null, 'load', 'messages'));
      }
    );
    // updateComplete waits for the catalogue, or until Korean is shown in its stead.
    const shown = (this.pending = new Promise<void>((resolve) => {
      const lateTimer = setTimeout(() => {
        late.add(wanted);
        this.__host.requestUpdate();
        resolve();
      }, LATE_AFTER);
      void load.then(() => {
        clearTimeout(lateTimer);
        this.__loading = undefined;
        this.__host.requestUpdate();
        resolve();
      });
    }));
    void shown.then(() => {
      if (this.pending === shown) this.pending = undefined;
    });
  }

  /** The locale in use, its catalogue loaded; sent as `locale` in the payload. */
  get locale(): LocaleCode {
    const wanted = matchLocale(this.__host.lang || nearestAttribute(this.__host, 'lang'));
    return catalogues[wanted] ? wanted : defaultLocale;
  }

  /** Whether the catalogue the host asked for is still loading: render nothing rather than the wrong language. */
  get loading(): boolean {
    const wanted = matchLocale(this.__host.lang || nearestAttribute(this.__host, 'lang'));
    return !catalogues[wanted] && !failed.has(wanted) && !late.has(wanted);
  }

  /**
   * Right to left only where the page says so with a `dir` attribute (none of the bundled languages
   * is written right to left). Inherited CSS `direction` is not followed: a host page's stylesheet
   * that sets it everywhere must not mirror a Korean form.
   */
  get isRightToLeft(): boolean {
    return nearestAttribute(this.__host, 'dir').toLowerCase() === 'rtl';
  }

  /** A message with its placeholders filled, the host's override winning over the catalogue. */
  term<K extends keyof Messages>(key: K, values?: Record<string, string | number>): Messages[K] {
    const locale = this.locale;
    const value =
      this.__host.messages?.[key] ??
      (catalogues[locale] as Partial<Messages>)[key] ??
      featureMessages[locale]?.[key] ??
      featureMessages[defaultLocale]?.[key];
    return (typeof value === 'string' && values ? format(value, values) : value) as Messages[K];
  }
}
