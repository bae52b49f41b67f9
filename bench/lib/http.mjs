// A small JSON client for the benchmark's setup calls: session cookie, CSRF header, and an optional
// local loopback address (login is limited to 20 a minute per client address).
import http from 'node:http';

export class ApiClient {
  constructor(base, { localAddress } = {}) {
    this.url = new URL(base);
    this.localAddress = localAddress;
    this.cookie = null;
    this.csrf = null;
  }

  request(method, path, body) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers = { accept: 'application/json' };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path,
          method,
          headers,
          localAddress: this.localAddress,
          agent: false,
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const data = text ? JSON.parse(text) : null;
            if (res.statusCode >= 400) {
              reject(new Error(`${method} ${path} → ${res.statusCode}: ${data?.detail ?? text}`));
              return;
            }
            resolve({ data, headers: res.headers });
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  get(path) {
    return this.request('GET', path).then((r) => r.data);
  }
  post(path, body) {
    return this.request('POST', path, body).then((r) => r.data);
  }
  put(path, body) {
    return this.request('PUT', path, body).then((r) => r.data);
  }

  async login(username, password) {
    const { data, headers } = await this.request('POST', '/api/v1/auth/login', { username, password });
    const set = [headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('yz_session='));
    if (!set) throw new Error(`login of ${username}: no session cookie`);
    this.cookie = set.split(';')[0];
    this.csrf = data.csrfToken;
    return this;
  }
}
