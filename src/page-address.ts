export const pageUrlModes = ['path', 'full', 'none'] as const;
export type PageUrlMode = (typeof pageUrlModes)[number];

// Like GOV.UK's feedback, never send an e-mail address that a search or form put into the address.
const emailInUrl = /[^/?#&=:;]+(?:@|%40)[^/?#&=:;]+\.[a-z]{2,}/gi;

/**
 * The page the visitor rated from, reduced as `page-url` asks: `path` (the default) is the origin
 * and path without query or fragment, `full` keeps the query with any e-mail address replaced,
 * `none` sends nothing about the page.
 */
export function pageAddress(mode: PageUrlMode, href: string, title: string): { url: string; title: string } | null {
  if (mode === 'none') return null;
  const url = new URL(href);
  url.hash = '';
  if (mode === 'path') return { url: url.origin + url.pathname, title };
  return { url: url.href.replace(emailInUrl, '[email]'), title };
}
