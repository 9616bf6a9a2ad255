// One Redis connection for what several instances must count together (the intake's rate limit,
// the sign-in throttle), when REDIS_URL is set; `app.redis` is undefined otherwise.
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis | undefined;
  }
}

export default fp<{ redisUrl: string | undefined }>(
  async (app, { redisUrl }) => {
    const redis = redisUrl
      ? new Redis(redisUrl, {
          // A count that cannot be checked must not hold a request for long: one quick try.
          connectTimeout: 1000,
          commandTimeout: 500,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: true,
        })
      : undefined;
    redis?.on('error', (error: Error) => app.log.warn(`Redis unreachable (${error.message})`));
    if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
    app.decorate('redis', redis);
  },
  { name: 'redis' }
);
