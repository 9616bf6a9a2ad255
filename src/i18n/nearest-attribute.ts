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
