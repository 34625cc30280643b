import { randomUUID, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { defer } from '@corral/test-utils';
import { execa } from 'execa';

/** A self-signed certificate and its key (PEM files), made by openssl. */
export interface CertFiles {
  cert: string;
  key: string;
}

/** A throwaway CA-less certificate; `ip` adds a subjectAltName so TLS clients accept it for 127.0.0.1. */
export async function makeSelfSignedCert(dir: string, name: string, ip?: string): Promise<CertFiles> {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert];
  args.push('-days', '2', '-subj', `/CN=${ip ?? name}`);
  if (ip) args.push('-addext', `subjectAltName=IP:${ip}`);
  await execa('openssl', args);
  return { cert, key };
}

export interface TokenRequest {
  method: string;
  /** Whether credentials came (Basic or a refresh token), and whether they were right. */
  authenticated: 'anonymous' | 'ok' | 'wrong';
  scopes: string[];
}

export interface TokenServerOptions {
  users: Record<string, string>;
  /** Refresh tokens (identity tokens) the server accepts on POST. */
  refreshTokens?: string[];
  service: string;
  issuer: string;
}

/**
 * The token half of docker's token auth, as a test fixture: GET /token with Basic credentials (or
 * none: anonymous, granted nothing) or POST /token with a refresh token; answers a JWT signed with
 * its key, the certificate in `x5c`, granting the scopes asked for to a known user. distribution's
 * `auth: token:` trusts it through `rootcertbundle` = this certificate.
 */
export class TokenServer {
  readonly requests: TokenRequest[] = [];
  readonly issued: string[] = [];
  private readonly certDer: string;
  private readonly key: Buffer;

  private constructor(
    private readonly server: Server,
    readonly cert: CertFiles,
    private readonly opts: TokenServerOptions,
  ) {
    this.certDer = new X509Certificate(readFileSync(cert.cert)).raw.toString('base64');
    this.key = readFileSync(cert.key);
    server.on('request', (req, res) => void this.handle(req, res));
  }

  static async start(
    t: Pick<TestContext, 'after'>,
    dir: string,
    opts: TokenServerOptions,
  ): Promise<TokenServer> {
    const cert = await makeSelfSignedCert(dir, 'token-signer');
    const server = createServer();
    const ts = new TokenServer(server, cert, opts);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    defer(t, () => ts.close());
    return ts;
  }

  get realm(): string {
    const a = this.server.address();
    if (a === null || typeof a === 'string') throw new Error('token server not listening');
    return `http://127.0.0.1:${a.port}/token`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://token');
    let scopes = url.searchParams.getAll('scope');
    let authenticated: TokenRequest['authenticated'] = 'anonymous';
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      const refresh = form.get('refresh_token');
      if (form.get('grant_type') === 'refresh_token' && refresh !== null)
        authenticated = this.opts.refreshTokens?.includes(refresh) ? 'ok' : 'wrong';
    } else {
      const header = req.headers.authorization ?? '';
      if (header.startsWith('Basic ')) {
        const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
        authenticated = user !== undefined && this.opts.users[user] === rest.join(':') ? 'ok' : 'wrong';
      }
    }
    this.requests.push({ method: req.method ?? '', authenticated, scopes });
    if (authenticated === 'wrong') {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }),
      );
      return;
    }
    const access =
      authenticated === 'ok'
        ? scopes.map((s) => {
            const [type, name, actions] = s.split(':');
            return { type, name, actions: (actions ?? '').split(',') };
          })
        : [];
    const token = this.jwt(url.searchParams.get('service') ?? this.opts.service, access);
    this.issued.push(token);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        req.method === 'POST' ? { access_token: token, expires_in: 300 } : { token, expires_in: 300 },
      ),
    );
  }

  private jwt(audience: string, access: object[]): string {
    const b64 = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', x5c: [this.certDer] };
    const claims = {
      iss: this.opts.issuer,
      sub: 'corral-test',
      aud: audience,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64(header)}.${b64(claims)}`;
    return `${input}.${sign('RSA-SHA256', Buffer.from(input), this.key).toString('base64url')}`;
  }
}
