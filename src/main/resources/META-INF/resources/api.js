// Talking to the econfacts JSON API: one place for the API key and for problem+json errors.

let apiKey = '';

export function setApiKey(key) {
  apiKey = key.trim();
}

/** An API answer that is not 2xx; `detail` comes from the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, detail, errors = []) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }

  /** The detail plus any field errors, as one line for the user. */
  describe() {
    const fields = this.errors.map(e => `${e.field}: ${e.message}`).join('; ');
    return fields && !this.message.includes(fields) ? `${this.message} (${fields})` : this.message;
  }
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (apiKey) headers['X-API-Key'] = apiKey;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, `The server cannot be reached (${e.message}).`);
  }
  if (response.status === 204) return null;
  if (response.ok) return response.json();
  throw await problem(response);
}

async function problem(response) {
  let detail = `${response.status} ${response.statusText || 'error'}`;
  let errors = [];
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try {
      const p = await response.json();
      detail = p.detail || p.title || detail;
      errors = Array.isArray(p.errors) ? p.errors : [];
    } catch { /* keep the status line */ }
  }
  return new ApiError(response.status, detail, errors);
}

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== '') q.set(k, String(v).trim());
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  submitDocument: body => request('POST', '/api/v1/documents', body),
  document: id => request('GET', `/api/v1/documents/${id}`),
  documents: params => request('GET', `/api/v1/documents${query(params)}`),
  deleteDocument: id => request('DELETE', `/api/v1/documents/${id}`),
  discrepancies: id => request('GET', `/api/v1/documents/${id}/discrepancies`),
  facts: params => request('GET', `/api/v1/facts${query(params)}`),
  entities: params => request('GET', `/api/v1/entities${query(params)}`),
  timeseries: params => request('GET', `/api/v1/facts/timeseries${query(params)}`),
  summary: params => request('GET', `/api/v1/facts/summary${query(params)}`),
  statistics: params => request('GET', `/api/v1/statistics${query(params)}`),
  statistic: id => request('GET', `/api/v1/statistics/${encodeURIComponent(id)}`),
  statisticTimeseries: params => request('GET', `/api/v1/statistics/timeseries${query(params)}`),
  /** Where every fact matching `params` downloads as CSV (the API streams all, paging ignored). */
  csvUrl: params => `/api/v1/facts${query({ ...params, format: 'csv' })}`,
};
