import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_COOKIE, roles, SESSION_COOKIE } from '../../plugins/access.js';
import { unwrap } from '../../plugins/errors.js';
import { errorBody, errorResponses, type App } from '../../plugins/http.js';
import { viewAccount } from './account.domain.js';
import { validateCitizenId, validateCreditCode } from './identity.domain.js';
import { identityErrors } from './identity.errors.js';
import type { IdentityService, Session } from './identity.service.js';
import { pickLanguage } from '../../plugins/language.js';

const accountView = z
  .object({
    id: z.string(),
    kind: z.enum(['person', 'enterprise', 'staff']),
    role: z.enum(roles),
    username: z.string(),
    name: z.string(),
    idNumber: z.string().nullable(),
    creditCode: z.string().nullable(),
    phone: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    departmentId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });

const sessionBody = z.object({ user: accountView, csrfToken: z.string() });
const name = z.string().trim().min(2).max(100);
const phone = z.string().trim().max(20);
const password = z.string().min(1).max(200);

const registration = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name: name.max(50), idNumber: z.string().trim().max(32), phone, password }),
  z.strictObject({
    kind: z.literal('enterprise'),
    name,
    creditCode: z.string().trim().toUpperCase().max(32),
    legalRepresentative: name.max(50),
    phone,
    password,
  }),
]);

/** ID numbers and credit codes are case-insensitive to type but stored upper-case. */
function normalizeLoginName(login: string): string {
  return /^[0-9A-Za-z]{18}$/.test(login) ? login.toUpperCase() : login;
}

export type CookieOptions = { secure: 'true' | 'false' | 'auto' };

function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: Session, options: CookieOptions) {
  const secure = options.secure === 'auto' ? request.protocol === 'https' : options.secure === 'true';
  const common = { path: '/', sameSite: 'lax' as const, secure, expires: session.expiresAt };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  // Readable by the web app, which echoes it in the x-csrf-token header.
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

export function registerIdentityRoutes(app: App, service: IdentityService, options: CookieOptions & { loginRatePerMinute: number }) {
  app.post('/api/identity/validate', {
    config: { access: 'public' },
    schema: {
      tags: ['identity'],
      summary: 'Check a citizen ID number (GB 11643) or a unified social credit code (GB 32100)',
      body: z.strictObject({ kind: z.enum(['person', 'enterprise']), value: z.string().trim().max(64) }),
      response: { 200: z.object({ valid: z.boolean(), rule: z.string().nullable(), reason: z.string().nullable() }), 400: errorBody },
    },
    handler: async (request) => {
      const { kind, value } = request.body;
      const check = kind === 'person' ? validateCitizenId(value, new Date()) : validateCreditCode(value.toUpperCase());
      if (check.valid) return { valid: true, rule: null, reason: null };
      return { valid: false, rule: check.rule, reason: check.reason[pickLanguage(request.headers['accept-language'])] };
    },
  });

  app.post('/api/auth/register', {
    config: { access: 'public', rateLimit: { max: options.loginRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags: ['auth'],
      summary: 'Register a natural person or an enterprise account, and log in',
      body: registration,
      response: { 201: sessionBody, ...errorResponses, 409: errorBody },
    },
    handler: async (request, reply) => {
      const session = unwrap(identityErrors, await service.register(request.body, new Date(), true));
      setSessionCookies(request, reply, session, options);
      return reply.code(201).send({ user: viewAccount(session.account, session.account.id), csrfToken: session.csrfToken });
    },
  });

  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: { max: options.loginRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags: ['auth'],
      summary: 'Log in with an ID number, credit code, phone number or staff account name',
      body: z.strictObject({ username: z.string().trim().min(1).max(64), password }),
      response: { 200: sessionBody, ...errorResponses, 423: errorBody },
    },
    handler: async (request, reply) => {
      const { username, password: secret } = request.body;
      const session = unwrap(identityErrors, await service.login(normalizeLoginName(username), secret, new Date()));
      setSessionCookies(request, reply, session, options);
      return { user: viewAccount(session.account, session.account.id), csrfToken: session.csrfToken };
    },
  });

  app.post('/api/auth/logout', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      if (request.principal) await service.logout(request.principal.tokenHash);
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/admin/accounts', {
    config: { access: ['admin', 'auditor'] },
    schema: {
      tags: ['identity admin'],
      summary: 'Accounts, with ID and phone numbers masked',
      querystring: z.strictObject({
        role: z.enum(roles).optional(),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
      response: { 200: z.object({ accounts: z.array(accountView), total: z.number().int() }), ...errorResponses },
    },
    handler: async (request) => {
      const { accounts, total } = await service.listAccounts(request.query);
      return { accounts: accounts.map((a) => viewAccount(a, request.principal!.accountId)), total };
    },
  });

  app.post('/api/admin/accounts', {
    config: { access: ['admin'] },
    schema: {
      tags: ['identity admin'],
      summary: 'Create a staff account (officer bound to a department, supervisor, admin, auditor)',
      body: z.strictObject({
        role: z.enum(['officer', 'supervisor', 'admin', 'auditor']),
        username: z.string().trim().regex(/^[a-z][a-z0-9._-]{2,31}$/),
        name: z.string().trim().min(2).max(50),
        phone: phone.nullable().default(null),
        departmentId: z.string().max(40).nullable().default(null),
        password,
      }),
      response: { 201: accountView, ...errorResponses, 409: errorBody },
    },
    handler: async (request, reply) => {
      const created = unwrap(identityErrors, await service.register({ kind: 'staff', ...request.body }, new Date(), false));
      return reply.code(201).send(viewAccount(created.account, request.principal!.accountId));
    },
  });

  app.get('/api/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'The logged-in account, unmasked, and its CSRF token', response: { 200: sessionBody, ...errorResponses } },
    handler: async (request) => {
      const principal = request.principal!;
      const account = unwrap(identityErrors, await service.getAccount(principal.accountId));
      return { user: viewAccount(account, principal.accountId), csrfToken: principal.csrfToken };
    },
  });
}
