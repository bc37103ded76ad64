import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './http';
import { languageTag, useI18n } from './i18n';

type ApiValue = { api: ApiClient; rememberCsrfToken: (token: string | null) => void };

const ApiContext = createContext<ApiValue | null>(null);

/** Gives pages an API client that speaks the UI language and carries the CSRF token. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { language, t } = useI18n();
  const csrf = useRef<string | null>(null);
  const rememberCsrfToken = useCallback((token: string | null) => {
    csrf.current = token;
  }, []);
  const api = useMemo(
    () =>
      createApiClient({
        acceptLanguage: languageTag(language),
        csrfToken: () => csrf.current,
        fallbackMessage: (status) => (status === 0 ? t('common.networkError') : t('common.httpError', { status })),
      }),
    [language, t],
  );
  const value = useMemo(() => ({ api, rememberCsrfToken }), [api, rememberCsrfToken]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside ApiProvider');
  return value;
}

/** The client changes identity when the language changes, so resources keyed on it reload. */
export function useApi(): ApiClient {
  return useApiContext().api;
}

export function useRememberCsrfToken(): (token: string | null) => void {
  return useApiContext().rememberCsrfToken;
}
