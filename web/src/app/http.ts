export type ApiErrorDetail = { row?: number; sheet?: string; field?: string; reason: string };

/** An error answered by the server (or the network), message already localized. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;
export type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SendOptions = { contentType?: string; signal?: AbortSignal };

export interface ApiClient {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  send<T>(method: Method, path: string, body?: unknown, options?: SendOptions): Promise<T>;
}

type ClientOptions = {
  /** Value of the Accept-Language header, e.g. "zh-CN" or "en". */
  acceptLanguage: string;
  csrfToken: () => string | null;
  /** Shown when the server cannot be reached or answers without an error body. */
  fallbackMessage: (status: number) => string;
};

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function readCookie(name: string): string | null {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

function isRawBody(body: unknown): body is Blob | ArrayBuffer | Uint8Array {
  return body instanceof Blob || body instanceof ArrayBuffer || body instanceof Uint8Array;
}

async function toApiError(response: Response, fallback: (status: number) => string): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: ApiErrorDetail[] } };
    if (body.error?.message) {
      return new ApiError(response.status, body.error.code ?? `http_${response.status}`, body.error.message, body.error.details ?? []);
    }
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return new ApiError(response.status, `http_${response.status}`, fallback(response.status));
}

export function createApiClient(options: ClientOptions): ApiClient {
  async function request<T>(method: string, path: string, init: { body?: BodyInit; contentType?: string; signal?: AbortSignal }): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.acceptLanguage };
    if (init.contentType) headers['Content-Type'] = init.contentType;
    if (method !== 'GET') {
      const token = options.csrfToken() ?? readCookie('tb_csrf');
      if (token) headers['x-csrf-token'] = token;
    }
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: init.body, signal: init.signal, credentials: 'same-origin' });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ApiError(0, 'network', options.fallbackMessage(0));
    }
    if (!response.ok) throw await toApiError(response, options.fallbackMessage);
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  return {
    get: (path, query, signal) => request('GET', withQuery(path, query), { signal }),
    send: (method, path, body, sendOptions = {}) => {
      if (body === undefined) return request(method, path, { signal: sendOptions.signal });
      if (isRawBody(body)) {
        return request(method, path, { body: body as BodyInit, contentType: sendOptions.contentType ?? 'application/octet-stream', signal: sendOptions.signal });
      }
      return request(method, path, { body: JSON.stringify(body), contentType: 'application/json', signal: sendOptions.signal });
    },
  };
}
