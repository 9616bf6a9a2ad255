import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledCatalogue, catalogueLoaders, defaultLocale, matchLocale, type LocaleCode } from '../i18n/locales.js';
import { format, type CoreMessages, type MessageOverrides, type Messages } from '../i18n/messages.js';
import { onDemand } from '../on-demand.js';

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
const loaders = Object.fromEntries(
  Object.entries(catalogueLoaders).map(([code, load]) => [code, onDemand(load)])
) as Record<string, () => Promise<CoreMessages>>;

/**
 * The nearest value of an attribute (`lang`, `dir`) on an element, its own first, then its
 * ancestors' across shadow roots (a widget may sit inside another component), then the document's.
 */
export function nearestAttribute(element: Element, name: string): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name) ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute(name) ?? '';
}

/**
 * Chooses the catalogue for the host from the `lang` rules of the spec, loading it if it is not
 * bundled, merges the host's `messages` overrides over it, and re-renders the host when the
 * document's language changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;
  /** A catalogue on its way; the host's `updateComplete` waits for it. */
  pending: Promise<unknown> | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    observeDocument();
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) documentObserver?.disconnect();
  }

  /** Before each render: start loading the catalogue the host needs, if it is not here yet. */
  hostUpdate() {
    const wanted = matchLocale(this.host.lang || nearestAttribute(this.host, 'lang'));
    if (catalogues[wanted] || failed.has(wanted)) return;
    const load = (this.pending = loaders[wanted]().then(
      (messages) => (catalogues[wanted] = messages),
      (error: unknown) => {
        failed.add(wanted);
        console.error(`<courtesy-feedback> could not load its "${wanted}" messages; showing Korean.`, error);
      }
    ));
    void load.then(() => {
      if (this.pending === load) this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  /** The locale in use, its catalogue loaded; sent as `locale` in the payload. */
  get locale(): LocaleCode {
    const wanted = matchLocale(this.host.lang || nearestAttribute(this.host, 'lang'));
    return catalogues[wanted] ? wanted : defaultLocale;
  }

  /** Whether the catalogue the host asked for is still loading: render nothing rather than the wrong language. */
  get loading(): boolean {
    const wanted = matchLocale(this.host.lang || nearestAttribute(this.host, 'lang'));
    return !catalogues[wanted] && !failed.has(wanted);
  }

  /**
   * Right to left only where the page says so with a `dir` attribute (none of the bundled languages
   * is written right to left). Inherited CSS `direction` is not followed: a host page's stylesheet
   * that sets it everywhere must not mirror a Korean form.
   */
  get isRightToLeft(): boolean {
    return nearestAttribute(this.host, 'dir').toLowerCase() === 'rtl';
  }

  /** A message with its placeholders filled, the host's override winning over the catalogue. */
  term<K extends keyof Messages>(key: K, values?: Record<string, string | number>): Messages[K] {
    const locale = this.locale;
    const value =
      this.host.messages?.[key] ??
      (catalogues[locale] as Partial<Messages>)[key] ??
      featureMessages[locale]?.[key] ??
      featureMessages[defaultLocale]?.[key];
    return (typeof value === 'string' && values ? format(value, values) : value) as Messages[K];
  }
}
