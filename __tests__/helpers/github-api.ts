/**
 * A loopback stand-in for the GitHub REST routes the tracking issue uses — list a repository's
 * issues (paginated with a Link header, pull requests mixed in, as GitHub does), create, update and
 * comment — so that the real Octokit client (@actions/github) is tested against real HTTP. It
 * checks the token, can refuse writes (403, as a token without `issues: write`), and records every
 * request.
 */
import * as http from 'node:http';
import { background } from './cluster/processes.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  comments: string[];
  pull_request?: { url: string };
  user?: { login: string; type: 'User' | 'Bot' };
  author_association?: string;
}

/** A check run as the Checks API keeps it: each update's annotations are added to the earlier ones. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  details_url?: string;
  output: { title: string; summary: string; annotations: Record<string, unknown>[] };
}

export interface GithubApi {
  url: string;
  issues: FakeIssue[];
  checkRuns: FakeCheckRun[];
  requests: { method: string; path: string; authorization?: string }[];
  /** Answer writes with 403 as GitHub does for a token without the permission. */
  readOnly: boolean;
  /** Answer every request with an error that quotes the Authorization header (a proxy might). */
  echoToken: boolean;
  close(): Promise<void>;
}

const PAGE = 2;

export async function startGithubApi(
  owner: string,
  repo: string,
  token: string,
): Promise<GithubApi> {
  const api: GithubApi = {
    url: '',
    issues: [],
    checkRuns: [],
    requests: [],
    readOnly: false,
    echoToken: false,
    close: async () => {},
  };
  const base = `/repos/${owner}/${repo}/issues`;
  const checks = `/repos/${owner}/${repo}/check-runs`;
  const server = background(
    http.createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (d: string) => (raw += d));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', api.url);
        api.requests.push({
          method: req.method ?? '',
          path: url.pathname,
          authorization: req.headers.authorization,
        });
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
          res
            .writeHead(status, { 'content-type': 'application/json', ...headers })
            .end(JSON.stringify(body));
        if (api.echoToken)
          return send(502, { message: `upstream refused ${req.headers.authorization ?? ''}` });
        if (req.headers.authorization !== `token ${token}`)
          return send(401, { message: 'Bad credentials' });
        const write = req.method !== 'GET';
        if (write && api.readOnly)
          return send(403, { message: 'Resource not accessible by integration' });
        const body = raw ? (JSON.parse(raw) as Partial<FakeIssue> & { body?: string }) : {};
        const n = Number(/\/issues\/(\d+)/.exec(url.pathname)?.[1]);
        const issue = api.issues.find((i) => i.number === n);
        if (req.method === 'GET' && url.pathname === base) {
          const state = url.searchParams.get('state') ?? 'open';
          const all = api.issues.filter((i) => state === 'all' || i.state === state);
          const page = Number(url.searchParams.get('page') ?? 1);
          const per = Math.min(PAGE, Number(url.searchParams.get('per_page') ?? 30));
          const last = Math.max(1, Math.ceil(all.length / per));
          const link: Record<string, string> =
            page < last
              ? {
                  link: `<${api.url}${base}?state=${state}&per_page=${per}&page=${page + 1}>; rel="next"`,
                }
              : {};
          return send(200, all.slice((page - 1) * per, page * per), link);
        }
        if (req.method === 'POST' && url.pathname === base) {
          const created: FakeIssue = {
            number: api.issues.length + 1,
            title: body.title ?? '',
            body: body.body ?? '',
            state: 'open',
            comments: [],
            // What GitHub records for an issue the job's token opens.
            user: { login: 'github-actions[bot]', type: 'Bot' },
            author_association: 'NONE',
          };
          api.issues.push(created);
          return send(201, created);
        }
        if (issue && req.method === 'PATCH' && url.pathname === `${base}/${n}`) {
          Object.assign(issue, body);
          return send(200, issue);
        }
        if (issue && req.method === 'POST' && url.pathname === `${base}/${n}/comments`) {
          issue.comments.push(body.body ?? '');
          return send(201, { id: issue.comments.length, body: body.body });
        }
        if (url.pathname === checks || url.pathname.startsWith(`${checks}/`))
          return checkRun(req.method ?? '', url.pathname, raw, send);
        return send(404, { message: 'Not Found' });
      });
    }),
  );
  type Send = (status: number, body: unknown) => void;
  /** POST creates (at most 50 annotations, as GitHub enforces); PATCH adds to the output. */
  function checkRun(method: string, pathname: string, raw: string, send: Send): void {
    const body = JSON.parse(raw || '{}') as Partial<Omit<FakeCheckRun, 'output'>> & {
      output?: Partial<FakeCheckRun['output']>;
    };
    const annotations = body.output?.annotations ?? [];
    if (annotations.length > 50)
      return send(422, { message: 'Only 50 annotations are allowed per request' });
    if (method === 'POST' && pathname === checks) {
      const run: FakeCheckRun = {
        id: 1000 + api.checkRuns.length,
        name: body.name ?? '',
        head_sha: body.head_sha ?? '',
        status: body.status ?? 'queued',
        conclusion: body.conclusion ?? '',
        ...(body.details_url ? { details_url: body.details_url } : {}),
        output: {
          title: body.output?.title ?? '',
          summary: body.output?.summary ?? '',
          annotations,
        },
      };
      api.checkRuns.push(run);
      return send(201, { ...run, html_url: `https://github.example/checks/${run.id}` });
    }
    const run = api.checkRuns.find((r) => pathname === `${checks}/${r.id}`);
    if (method === 'PATCH' && run) {
      run.output.annotations.push(...annotations);
      return send(200, run);
    }
    return send(404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}
