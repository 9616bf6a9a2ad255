// The real collector for browser tests of <courtesy-feedback-status>: started on first use (from
// collector/dist, built by `npm test --workspace collector`), over a fresh SQLite file, allowing the
// test pages' origin. Cases are made and answered on the server side, as a visitor's submission and a
// manager's answer would make them:
//   collector-case { contact, answer, lookupRateLimit }  → { endpoint, receipt, check }
//     a low rating (with an e-mail address unless `contact` is false), answered when `answer` is
//     given; `lookupRateLimit` starts a collector of this case's own with that budget per address
//   collector-case-row { endpoint, receipt }  → the case as the collector holds it
//     { state, satisfied, hasContact, events }, so that a test sees what the visitor's action did
const helpers = () => import('../../collector/test/helpers.mjs');
const seal = () => import('../../collector/dist/lib/contact-seal.js');

export function collectorPlugin() {
  let origin;
  /** The shared collector, started once; and every collector started, to stop them all. */
  let shared;
  const started = [];

  const start = (lookupRateLimit) => {
    const running = (async () => {
      const { startCollector, TEST_CONTACT_KEY } = await helpers();
      const { contactKey } = await seal();
      return startCollector('sqlite', {
        allowedOrigins: [origin],
        contactKeys: [contactKey(TEST_CONTACT_KEY)],
        lookupRateLimit,
      });
    })();
    started.push(running);
    return running;
  };
  // A lookup budget is per address, and every browser of the runner is 127.0.0.1: a collector with a
  // small budget is one test's own, or the browsers would spend each other's.
  const collector = (lookupRateLimit) => (lookupRateLimit ? start(lookupRateLimit) : (shared ??= start(1000)));

  const byEndpoint = async (endpoint) => {
    for (const running of started) {
      const found = await running;
      if (`${found.url}/` === endpoint || found.url === endpoint) return found;
    }
    throw new Error(`no collector at ${endpoint}`);
  };

  return {
    name: 'collector',
    serverStart({ config }) {
      origin = `http://${config.hostname}:${config.port}`;
    },
    async serverStop() {
      await Promise.all(started.map(async (running) => (await running).stop()));
    },
    async executeCommand({ command, payload: options = {} }) {
      if (command === 'collector-case') {
        const running = await collector(options.lookupRateLimit);
        const { payload } = await helpers();
        const contact =
          options.contact === false
            ? null
            : {
                email: 'citizen.kim@example.com',
                consent: { given: true, at: new Date().toISOString(), notice: 'contact-notice-v1' },
              };
        const response = await running.post(
          payload({ rating: { value: 1, max: 5, scale: 'faces5', label: '매우 불친절해요' }, contact })
        );
        const { receipt, check } = await response.json();
        if (response.status !== 201 || !check) throw new Error(`the collector answered ${response.status}`);
        if (options.answer) {
          const outcome = await running.store.cases.change(receipt, 'answer', {
            actor: 'manager',
            at: new Date(),
            value: options.answer,
          });
          if (outcome !== 'changed') throw new Error(`answering ${receipt}: ${outcome}`);
        }
        return { endpoint: `${running.url}/`, receipt, check };
      }
      if (command === 'collector-case-row') {
        const running = await byEndpoint(options.endpoint);
        const row = await running.store.cases.find(options.receipt);
        const events = (await running.store.cases.events(options.receipt)).map((event) => event.action);
        return row && { state: row.state, satisfied: row.satisfied, hasContact: row.has_contact, events };
      }
      return undefined;
    },
  };
}
