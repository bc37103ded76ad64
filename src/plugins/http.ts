import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The app as modules see it: Zod schemas type every route. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export const errorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ row: z.number().optional(), sheet: z.string().optional(), field: z.string().optional(), reason: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** Error responses for the OpenAPI document; the error handler produces them. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
} as const;

export function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function noContent(reply: FastifyReply): FastifyReply {
  return reply.code(204).send();
}
