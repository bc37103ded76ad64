import type { FastifyServerOptions } from 'fastify';
import { maskPersonalText } from '../modules/identity/index.js';

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Pino options: request ids, and personal numbers never written in full. */
export function loggerOptions(level: string, stream?: { write: (line: string) => void }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password', '*.passwordHash', '*.idNumber', '*.phone'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string; ip?: string }) => ({
        id: req.id,
        method: req.method,
        url: maskPersonalText(safeDecode(req.url)),
        ip: req.ip,
      }),
    },
  };
}
