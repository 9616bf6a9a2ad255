// A test-runner command that emulates CSS media features (forced-colors, prefers-reduced-motion,
// prefers-color-scheme) through the Chrome DevTools Protocol. The built-in emulateMedia command
// does not pass forced-colors, and neither Firefox's BiDi nor WebKit's driver can emulate these,
// so the tests that use it run in Chromium only (the "media" group of the config).
export function mediaFeaturesPlugin() {
  // One DevTools session per page, kept open: detaching a session undoes its emulation.
  const sessions = new WeakMap();
  return {
    name: 'media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-media-features is not supported in ${session.browser.name}`);
      }
      // Straight to the protocol: puppeteer's emulateMediaFeatures rejects forced-colors by name.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: '', features: payload.features });
      return true;
    },
  };
}
