// The REST API strata serves beside the admin app: JSON bodies, application/problem+json errors.

/** The application's root: the admin page is at <root>/admin/. */
const root = new URL('../', document.baseURI);

/** An error answer of the API (RFC 9457), with Bean Validation's field errors when there are any. */
export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
  }
}

export function apiUrl(endpoint, params = {}) {
  const url = new URL(endpoint.replace(/^\//, ''), root);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  return url;
}

async function send(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch { /* not JSON: the status says enough */ }
    throw new Problem(response.status, problem);
  }
  return response;
}

/** A page of records and the X-Total-Count of all that match. */
export async function list(endpoint, params) {
  const response = await send('GET', apiUrl(endpoint, params));
  return { rows: await response.json(), total: Number(response.headers.get('X-Total-Count') || 0) };
}

export async function create(endpoint, body) {
  return (await send('POST', apiUrl(endpoint), body)).json();
}

export async function update(endpoint, keys, body) {
  return (await send('PATCH', recordUrl(endpoint, keys), body)).json();
}

export async function remove(endpoint, keys) {
  await send('DELETE', recordUrl(endpoint, keys));
}

/** admin.yaml as the server reads it now, with the keys the API addresses each resource by. */
export async function config() {
  return (await send('GET', new URL('api/config', document.baseURI))).json();
}

export async function diagram() {
  const response = await fetch(new URL('api/diagram.svg', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Problem(response.status, await response.json().catch(() => ({})));
  return response.text();
}

function recordUrl(endpoint, keys) {
  return apiUrl(endpoint.replace(/\/$/, '') + '/' + keys.map(k => encodeURIComponent(k)).join('/'));
}
