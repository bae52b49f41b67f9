/** Problem details (RFC 9457) as the server sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  missing?: string[];
  [k: string]: unknown;
}

export class ApiError extends Error {
  constructor(public problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
}

let csrfToken: string | null = sessionStorage.getItem('yz.csrf');

export function setCsrfToken(token: string | null) {
  csrfToken = token;
  if (token) sessionStorage.setItem('yz.csrf', token);
  else sessionStorage.removeItem('yz.csrf');
}

async function fetchCsrf(): Promise<string | null> {
  const res = await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
  if (res.ok) setCsrfToken(((await res.json()) as { csrfToken: string }).csrfToken);
  return csrfToken;
}

async function send(method: string, url: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * fetch JSON from the API; throws ApiError with the problem body on 4xx/5xx.
 * Anonymous visitors (kiosk, public site) never need a CSRF token; a signed-in tab that lost its token
 * (new tab, cleared storage) gets a 403 CSRF_TOKEN_INVALID once, fetches the token and retries.
 */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res = await send(method, url, body);
  if (res.status === 403 && method !== 'GET') {
    const problem = (await res
      .clone()
      .json()
      .catch(() => null)) as Problem | null;
    if (problem?.code === 'CSRF_TOKEN_INVALID') {
      setCsrfToken(null);
      if (await fetchCsrf()) res = await send(method, url, body);
    }
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    throw new ApiError(
      data && typeof data === 'object' && 'status' in data
        ? (data as Problem)
        : { type: 'about:blank', title: res.statusText, status: res.status, code: 'HTTP', detail: res.statusText },
    );
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const patch = <T>(url: string, body?: unknown) => api<T>('PATCH', url, body ?? {});
export const put = <T>(url: string, body?: unknown) => api<T>('PUT', url, body ?? {});
