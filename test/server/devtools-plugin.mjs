// Test-runner commands that need the Chrome DevTools Protocol, so the tests that use them run in
// Chromium only (the "chromium" group of the config): neither Firefox's WebDriver BiDi nor WebKit's
// driver can emulate media features or take the browser offline.
//   emulate-media-features { features }  forced-colors, prefers-reduced-motion, prefers-color-scheme
//     (puppeteer's own emulateMediaFeatures rejects forced-colors by name, so this goes to CDP)
//   go-offline { after, for }             the browser's own offline mode, from `after` ms until
//     `after + for` ms from now: navigator.onLine and the online/offline events change as on a real
//     disconnection. Offline mode also cuts the page's channel to this runner, so the page cannot ask
//     to come back online: the server schedules both changes and answers at once.
export function devtoolsPlugin() {
  // One DevTools session per page, kept open: detaching a session undoes its emulation.
  const sessions = new WeakMap();
  async function cdp(session) {
    if (session.browser.type !== 'puppeteer') {
      throw new Error(`DevTools commands are not supported in ${session.browser.name}`);
    }
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  }
  return {
    name: 'devtools-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        await (await cdp(session)).send('Emulation.setEmulatedMedia', { media: '', features: payload.features });
        return true;
      }
      if (command === 'go-offline') {
        const page = session.browser.getPage(session.id);
        const after = Math.min(Number(payload.after ?? 100), 5000);
        const duration = Math.min(Number(payload.for ?? 2000), 20_000);
        setTimeout(() => void page.setOfflineMode(true).catch(() => undefined), after);
        setTimeout(() => void page.setOfflineMode(false).catch(() => undefined), after + duration);
        return true;
      }
      return undefined;
    },
  };
}
