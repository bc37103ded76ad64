import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { describeIssue } from './issues.js';
import { messageIn, pickLanguage, type Localized } from './language.js';

export type ErrorDetail = { row?: number; sheet?: string; field?: string; reason: string };
export type ErrorSpec = { status: number } & Localized;
/** A module's stable error codes, each with its HTTP status and messages; `{name}` is filled from params. */
export type ErrorCatalog<C extends string> = Record<C, ErrorSpec>;
/** An expected failure returned by a service: a code from its module's catalog, never an exception. */
export type Failure<C extends string> = { code: C; params?: Record<string, string | number>; details?: LocalizedDetail[] };
export type LocalizedDetail = Omit<ErrorDetail, 'reason'> & { reason: Localized };
export type Result<T, C extends string> = { ok: true; value: T } | { ok: false; error: Failure<C> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <C extends string>(code: C, params?: Failure<C>['params'], details?: LocalizedDetail[]) =>
  ({ ok: false, error: { code, ...(params ? { params } : {}), ...(details ? { details } : {}) } }) as const;

/** Thrown only inside the HTTP layer; the error handler turns it into the one error shape. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messages: Localized,
    readonly params: Record<string, string | number> = {},
    readonly details: LocalizedDetail[] = [],
  ) {
    super(messages.en);
  }
}

/** Turns a module failure into an HTTP error using the module's catalog. */
export function toApiError<C extends string>(catalog: ErrorCatalog<C>, failure: Failure<C>): ApiError {
  const spec = catalog[failure.code];
  return new ApiError(spec.status, failure.code, spec, failure.params, failure.details);
}

/** Unwraps a service result in a route: the value, or the module's HTTP error. */
export function unwrap<T, C extends string>(catalog: ErrorCatalog<C>, result: Result<T, C>): T {
  if (result.ok) return result.value;
  throw toApiError(catalog, result.error);
}

const platformErrors = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数不正确：{reason}', en: 'The request is invalid: {reason}' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  EMPTY_BODY: { status: 400, zh: '请求体不能为空', en: 'The request body must not be empty' },
  BODY_TOO_LARGE: { status: 413, zh: '请求体过大（上限 {limit} 字节）', en: 'The request body is too large (limit {limit} bytes)' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  NOT_FOUND: { status: 404, zh: '请求的地址不存在', en: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, please try again later' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试（请求编号 {requestId}）', en: 'Internal server error, please try again later (request id {requestId})' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
} satisfies ErrorCatalog<string>;

export type PlatformErrorCode = keyof typeof platformErrors;

export function platformError(code: PlatformErrorCode, params: Record<string, string | number> = {}, details: LocalizedDetail[] = []): ApiError {
  return new ApiError(platformErrors[code].status, code, platformErrors[code], params, details);
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  const language = pickLanguage(request.headers['accept-language']);
  const details = error.details.map((d) => ({ ...d, reason: messageIn(d.reason, language, {}) }));
  return reply
    .code(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: error.code,
        message: messageIn(error.messages, language, error.params),
        ...(details.length > 0 ? { details } : {}),
      },
    });
}

function validationError(error: FastifyError): ApiError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const where = [error.validationContext, field].filter(Boolean).join('.');
      const text = describeIssue({ ...(v.params as Record<string, unknown>), code: v.keyword, message: v.message });
      return { field, reason: { zh: `${where}：${text.zh}`, en: `${where}: ${text.en}` } };
    });
    const first = details[0]?.reason ?? { zh: '输入无效', en: 'invalid input' };
    return new ApiError(400, 'VALIDATION_FAILED', { zh: `请求参数不正确：${first.zh}`, en: `The request is invalid: ${first.en}` }, {}, details);
  }
  return platformError('VALIDATION_FAILED', { reason: error.message });
}

/** Maps every failure to `{ error: { code, message } }`; a client's mistake is never a 500. */
export function classifyError(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as FastifyError;
  if (e.validation) return validationError(e);
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return platformError('MALFORMED_JSON');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return platformError('EMPTY_BODY');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return platformError('BODY_TOO_LARGE', { limit: '' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return platformError('UNSUPPORTED_MEDIA_TYPE');
    default:
      break;
  }
  if (error instanceof SyntaxError) return platformError('MALFORMED_JSON');
  if (e.statusCode === 429) return platformError('RATE_LIMITED');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, e.code ?? 'BAD_REQUEST', { zh: '请求无法处理：{reason}', en: 'The request cannot be processed: {reason}' }, { reason: e.message });
  }
  return platformError('INTERNAL');
}

export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = classifyError(error);
    if (apiError.statusCode >= 500) {
      request.log.error({ err: error, responseSerialization: isResponseSerializationError(error) }, 'request failed');
      return sendError(request, reply, platformError('INTERNAL', { requestId: request.id }));
    }
    if (apiError.code === 'BODY_TOO_LARGE') return sendError(request, reply, platformError('BODY_TOO_LARGE', { limit: bodyLimitBytes }));
    return sendError(request, reply, apiError);
  });
}

/** Unknown routes: the web app's page when a browser navigates to a client-side route, else the one error shape. */
export function registerNotFound(app: FastifyInstance, webPage?: { wanted: (request: FastifyRequest) => boolean; send: (reply: FastifyReply) => FastifyReply }): void {
  app.setNotFoundHandler((request, reply) => {
    if (webPage?.wanted(request)) return webPage.send(reply);
    return sendError(request, reply, platformError('NOT_FOUND'));
  });
}
