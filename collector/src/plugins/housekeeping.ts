// Runs cases/housekeeping.ts once the app is ready and then on an interval, until the app closes.
// A run that fails (the database away) is logged and tried again at the next interval.
import fp from 'fastify-plugin';
import { housekeep, type HousekeepingReport } from '../cases/housekeeping.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** One run now (the interval's own, for a test or an operator). */
    housekeeping: { run(): Promise<HousekeepingReport> };
  }
}

export default fp(
  async (app) => {
    const { config, store } = app;
    let running: Promise<HousekeepingReport> | undefined;
    const run = () => {
      running ??= housekeep(store, config, app.now()).finally(() => (running = undefined));
      return running;
    };
    const tick = () =>
      run().then(
        ({ closed, purged }) => {
          if (closed || purged)
            app.log.info(`housekeeping: ${closed} unrated answers closed, ${purged} contact details deleted`);
        },
        (error: Error) => app.log.warn(`housekeeping failed, tried again later: ${error.message}`)
      );
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      void tick();
      timer = setInterval(tick, config.housekeepingIntervalMs).unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    });
    app.decorate('housekeeping', { run });
  },
  { name: 'housekeeping', dependencies: ['store'] }
);
