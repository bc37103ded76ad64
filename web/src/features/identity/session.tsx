import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi, useRememberCsrfToken } from '../../app/api';
import { ApiError } from '../../app/http';
import { fetchSession, logIn, logOut, register } from './identity.api';
import type { Me, Registration, SessionAnswer } from './identity.types';

type SessionValue = {
  /** undefined while the first GET /api/me is in flight. */
  user: Me | null | undefined;
  logIn: (username: string, password: string) => Promise<Me>;
  register: (registration: Registration) => Promise<Me>;
  /** With `leave` (e.g. a full page load elsewhere) the in-memory user is not cleared first, so a page that needs a login cannot redirect to the login page meanwhile. */
  logOut: (leave?: () => void) => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const rememberCsrfToken = useRememberCsrfToken();
  const [user, setUser] = useState<Me | null | undefined>(undefined);

  const accept = useCallback(
    (answer: SessionAnswer | null): Me | null => {
      rememberCsrfToken(answer?.csrfToken ?? null);
      setUser(answer?.user ?? null);
      return answer?.user ?? null;
    },
    [rememberCsrfToken],
  );

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(api, controller.signal).then(accept, () => {
      if (!controller.signal.aborted) setUser((current) => current ?? null);
    });
    return () => controller.abort();
    // Only on start: a language change must not re-read the session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      user,
      logIn: async (username, password) => accept(await logIn(api, username, password)) as Me,
      register: async (registration) => accept(await register(api, registration)) as Me,
      logOut: async (leave) => {
        try {
          await logOut(api);
        } catch (error) {
          // An expired session is as good as logged out.
          if (!(error instanceof ApiError && error.status === 401)) throw error;
        }
        rememberCsrfToken(null);
        if (leave) leave();
        else accept(null);
      },
    }),
    [user, api, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
