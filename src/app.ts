import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { createCatalogExcel, createCatalogService, registerCatalogRoutes, type CatalogService } from './modules/catalog/index.js';
import { createIdentityService, registerIdentityRoutes, type IdentityService } from './modules/identity/index.js';
import { registerAccessControl } from './plugins/access.js';
import { platformError, registerErrorHandling, registerNotFound } from './plugins/errors.js';
import { checkHealth, registerHealthRoute } from './plugins/health.js';
import type { App } from './plugins/http.js';
import { loggerOptions } from './plugins/logging.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerWebApp, sendWebPage, wantsWebPage } from './plugins/web.js';

export const appVersion = '0.1.0';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Services = { identity: IdentityService; catalog: CatalogService };
export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  services?: Services;
  serveWeb?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write: (line: string) => void };
};

/** The modules' services over one database; built once per process. */
export function createServices(config: Config, database: DatabaseHandle): Services {
  const jieba = Jieba.withDict(dict);
  return {
    identity: createIdentityService(database.db, config),
    catalog: createCatalogService(database.db, (text) => jieba.cutForSearch(text, true)),
  };
}

/** Wiring only: plugins, then each module, registered explicitly. */
export async function buildApp({ config, database, services, serveWeb = true, logStream }: AppDeps): Promise<App> {
  const { identity, catalog } = services ?? createServices(config, database);
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, config.bodyLimitBytes);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // The API speaks JSON (and .xlsx for catalog imports); anything else is 415, not a confusing 400.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(xlsxType, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  await app.register(cookie);
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => platformError('RATE_LIMITED') });
  registerAccessControl(app, identity.resolveSession);
  await registerOpenApi(app, appVersion);

  registerHealthRoute(app, () => checkHealth(database, appVersion));
  registerIdentityRoutes(app, identity, { secure: config.cookieSecure, loginRatePerMinute: config.loginRatePerMinute });
  registerCatalogRoutes(app, catalog, createCatalogExcel());

  const webServed = serveWeb && (await registerWebApp(app));
  registerNotFound(app, webServed ? { wanted: wantsWebPage, send: sendWebPage } : undefined);
  return app;
}

