// Browser tests: Chromium, Firefox and WebKit from Debian's packages (no downloaded browsers here),
// in Lit's development mode (LIT_MODE=dev, which also reports Lit's warnings) or production mode.
// scripts/test-browsers.mjs runs this once per mode and starts the WebKit driver.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { handleRecorderRequest, startRecorder } from './test/server/recorder.mjs';
import { countingReporter } from './test/server/counting-reporter.mjs';
import { devtoolsPlugin } from './test/server/devtools-plugin.mjs';
import { collectorPlugin } from './test/server/collector-plugin.mjs';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';

const litMode = process.env.LIT_MODE === 'prod' ? 'prod' : 'dev';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

/** Both Chromium and Firefox go through puppeteer's launcher, which names them all "Chrome". */
function named(name, launcher) {
  launcher.name = name;
  return launcher;
}

const launchers = {
  chromium: () =>
    named(
      'Chromium',
      chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: ['--headless=new', ...chromiumArgs] } })
    ),
  firefox: () =>
    named(
      'Firefox',
      chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } })
    ),
  webkit: () =>
    named(
      'WebKit',
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT),
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      })
    ),
};

/** Serves the cross-origin recorder's address to the tests, and the same recorder same-origin under /bin/. */
function recorderPlugin() {
  let recorder;
  let closedOrigin;
  return {
    name: 'recorder',
    async serverStart() {
      recorder = await startRecorder();
      // A port that was just free and is closed again: connecting to it is refused.
      const closed = await startRecorder();
      closedOrigin = closed.origin;
      closed.server.close();
    },
    async serverStop() {
      recorder?.server.close();
    },
    serve(context) {
      if (context.path === '/__recorder.json') {
        return { body: JSON.stringify({ crossOrigin: recorder.origin, closedOrigin, litMode }), type: 'json' };
      }
      return undefined;
    },
  };
}

export default {
  files: process.env.TEST_FILES ?? ['test/*.test.ts'],
  // Media-feature and offline emulation exist only over the DevTools protocol: Chromium only.
  groups:
    process.env.TEST_FILES || !wanted.includes('chromium')
      ? []
      : [{ name: 'chromium', files: 'test/chromium/*.test.ts', browsers: [launchers.chromium()] }],
  // The dev server resolves the "development" condition unless told otherwise; Lit's production
  // build is its default export, so prod mode names a condition Lit does not use.
  nodeResolve: { exportConditions: litMode === 'dev' ? ['development'] : ['production'] },
  hostname: 'localhost',
  // The WebDriver launcher runs tests in iframes when concurrency > 1, and WebKitGTK's driver then
  // fails key presses ("Invalid frame ID"); one page at a time per browser, three browsers at once.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  browsers: wanted.map((name) => launchers[name]()),
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/bin/')) {
        // The recorder answers on the raw response; the status only keeps the runner's log honest.
        ctx.status = 200;
        ctx.respond = false;
        handleRecorderRequest(ctx.req, ctx.res);
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    recorderPlugin(),
    devtoolsPlugin(),
    collectorPlugin(),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.RESULTS_FILE ?? `test-results/${litMode}.json`),
  ],
};
