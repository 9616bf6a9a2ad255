import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

/**
 * The collector's address as visitors reach it: the setting when given, else the request's own
 * scheme and host (which trust-proxy lets a proxy's X-Forwarded-Proto and -Host set).
 */
export const publicBase = (request: FastifyRequest, { publicUrl }: Pick<Config, 'publicUrl'>): string =>
  publicUrl ?? `${request.protocol}://${request.host}`;
