import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

export const roles = ['citizen', 'enterprise', 'officer', 'supervisor', 'admin', 'auditor'] as const;
export type Role = (typeof roles)[number];
/** Who may call a route. Every route declares it; a route that does not is refused to everyone. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type Principal = {
  accountId: string;
  role: Role;
  kind: 'person' | 'enterprise' | 'staff';
  name: string;
  departmentId: string | null;
  csrfToken: string;
  tokenHash: string;
};

export type RouteAccess = { method: string; url: string; access: Access | 'undeclared' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    routeAccess: RouteAccess[];
  }
}

export const SESSION_COOKIE = 'tb_session';
export const CSRF_COOKIE = 'tb_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const accessErrors = {
  unauthenticated: { zh: '请先登录', en: 'Please log in first' },
  forbidden: { zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  undeclared: { zh: '该接口未声明访问权限，已拒绝', en: 'This route declares no access rule and is refused' },
  csrf: { zh: '请求缺少有效的 CSRF 令牌，请刷新页面后重试', en: 'Missing or invalid CSRF token; reload the page and try again' },
};

/** Routes added by third-party plugins (docs UI, static files) that are public by nature. */
const publicPluginPrefixes = ['/api/docs', '/api/openapi.json'];

function declaredAccess(url: string, access: Access | undefined): Access | 'undeclared' {
  if (access) return access;
  if (publicPluginPrefixes.some((p) => url.startsWith(p))) return 'public';
  if (!url.startsWith('/api')) return 'public'; // the web app's static files
  return 'undeclared';
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkAccess(access: Access | 'undeclared', request: FastifyRequest): void {
  if (access === 'undeclared') throw new ApiError(403, 'ACCESS_UNDECLARED', accessErrors.undeclared);
  const principal = request.principal;
  if (principal && !safeMethods.has(request.method) && request.headers[CSRF_HEADER] !== principal.csrfToken) {
    throw new ApiError(403, 'CSRF_TOKEN_INVALID', accessErrors.csrf);
  }
  if (access === 'public') return;
  if (!principal) throw new ApiError(401, 'UNAUTHENTICATED', accessErrors.unauthenticated);
  if (access === 'authenticated') return;
  if (!access.includes(principal.role)) throw new ApiError(403, 'FORBIDDEN', accessErrors.forbidden);
}

export type SessionResolver = (tokenHash: string, now: Date) => Promise<Principal | null>;

/** Resolves the session cookie and enforces each route's declared access before its body is even parsed. */
export function registerAccessControl(app: FastifyInstance, resolveSession: SessionResolver): void {
  app.decorate('routeAccess', [] as RouteAccess[]);
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = declaredAccess(route.url, route.config?.access);
    for (const method of methods) app.routeAccess.push({ method, url: route.url, access });
    route.config = { ...(route.config ?? {}), access: access === 'undeclared' ? undefined : access } as typeof route.config;
    const existing = route.onRequest;
    const guard = async (request: FastifyRequest) => {
      const token = request.cookies[SESSION_COOKIE];
      request.principal = token ? await resolveSession(hashSessionToken(token), new Date()) : null;
      checkAccess(access, request);
    };
    route.onRequest = existing ? [guard, ...(Array.isArray(existing) ? existing : [existing])] : [guard];
  });
}
