import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './http.js';

export const webRoot = resolve(import.meta.dirname, '../../dist/web');

/** Serves the built web app; unknown non-API paths get index.html so client-side routes work on reload. */
export async function registerWebApp(app: App, root = webRoot): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built; run `npm run build:web`');
    return false;
  }
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], maxAge: '1h', immutable: false });
  return true;
}

export function wantsWebPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '*/*';
  return request.method === 'GET' && !request.url.startsWith('/api') && (accept.includes('text/html') || accept.includes('*/*'));
}

export function sendWebPage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
