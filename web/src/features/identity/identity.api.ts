import { ApiError, type ApiClient } from '../../app/http';
import type { AccountKind, IdentityCheck, Registration, SessionAnswer } from './identity.types';

/** The current session, or null when nobody is logged in. */
export async function fetchSession(api: ApiClient, signal?: AbortSignal): Promise<SessionAnswer | null> {
  try {
    return await api.get<SessionAnswer>('/api/me', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function logIn(api: ApiClient, username: string, password: string): Promise<SessionAnswer> {
  return api.send('POST', '/api/auth/login', { username, password });
}

export function register(api: ApiClient, registration: Registration): Promise<SessionAnswer> {
  return api.send('POST', '/api/auth/register', registration);
}

export function logOut(api: ApiClient): Promise<void> {
  return api.send('POST', '/api/auth/logout');
}

export function validateIdentity(
  api: ApiClient,
  kind: Exclude<AccountKind, 'staff'>,
  value: string,
  signal?: AbortSignal,
): Promise<IdentityCheck> {
  return api.send('POST', '/api/identity/validate', { kind, value }, { signal });
}
