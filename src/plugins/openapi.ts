import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './http.js';

/** OpenAPI 3.1 generated from the routes' Zod schemas, at /api/openapi.json, with interactive docs at /api/docs. */
export async function registerOpenApi(app: App, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tongban 通办 API',
        version,
        description:
          'Smart government service platform. Errors always have the shape { "error": { "code", "message" } }; ' +
          'messages follow Accept-Language (zh-CN by default, en). Cookie-authenticated writes must send the x-csrf-token header.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tb_session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
