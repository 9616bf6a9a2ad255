import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogues, matchLocale, type LocaleCode } from '../i18n/locales.js';
import { format, type MessageOverrides, type Messages } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides; lang: string };

/** Every document's `<html lang>` is watched by one observer, shared by all widgets on the page. */
const hosts = new Set<Host>();
let documentLangObserver: MutationObserver | undefined;

function observeDocumentLang() {
  documentLangObserver ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The nearest `lang` of an element, its own attribute first, then its ancestors' across shadow roots
 * (a widget may sit inside another component), then the document's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') ?? '';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

/**
 * Chooses the catalogue for the host from the `lang` rules of the spec, merges the host's `messages`
 * overrides over it, and re-renders the host when the document's language changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    observeDocumentLang();
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) documentLangObserver?.disconnect();
  }

  /** The bundled locale in use; sent as `locale` in the payload. The host's own property wins. */
  get locale(): LocaleCode {
    return matchLocale(this.host.lang || resolveLang(this.host));
  }

  /** `dir` of the host's context, so that arrow keys can mirror in right-to-left text. */
  get isRightToLeft(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  /** A message with its placeholders filled, the host's override winning over the catalogue. */
  term<K extends keyof Messages>(key: K, values?: Record<string, string | number>): Messages[K] {
    const value = this.host.messages?.[key] ?? catalogues[this.locale][key];
    return (typeof value === 'string' && values ? format(value, values) : value) as Messages[K];
  }
}
