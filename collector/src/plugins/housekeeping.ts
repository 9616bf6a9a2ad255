// Runs cases/housekeeping.ts once the app is ready and then on an interval, until the app closes;
// at start it also warns when HOLIDAYS holds no day of the year (the list is a yearly chore).
// A run that fails (the database away) is logged and tried again at the next interval.
import fp from 'fastify-plugin';
import { housekeep, type HousekeepingReport } from '../cases/housekeeping.js';
import { calendarOf } from '../cases/targets.js';
import { yearsWithoutHolidays } from '../lib/working-days.js';

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
        ({ sealed, unsealed, closed, purged }) => {
          if (sealed) app.log.info(`housekeeping: contact details of ${sealed} earlier submissions sealed onto cases`);
          if (unsealed)
            app.log.warn(
              `housekeeping: ${unsealed} submissions stored before cases hold contact details in the clear; set CONTACT_KEY to seal them`
            );
          if (closed || purged)
            app.log.info(`housekeeping: ${closed} unrated answers closed, ${purged} contact details deleted`);
        },
        (error: Error) => app.log.warn(`housekeeping failed, tried again later: ${error.message}`)
      );
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      const missing = yearsWithoutHolidays(app.now(), calendarOf(config));
      if (missing.length > 0)
        app.log.warn(
          `HOLIDAYS holds no day of ${missing.join(' or ')}: case targets count its holidays as working days`
        );
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
