import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, openPglite, openPostgres } from '../platform/db.ts';

/**
 * The real server (`server/main.ts`) as a child process on loopback, for the crash tests, the soak and the smoke
 * test: started on a database another process can open, killed with SIGKILL or stopped with SIGTERM, and a plain
 * HTTP client for it. The port is chosen by the system (PORT=0) and read from the server's start line.
 */

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainScript = path.join(projectRoot, 'server/main.ts');
const START_TIMEOUT_MS = 120_000;

/** A database the server child opens, and this process reads between children. */
export interface ProcessDatabase {
  /** DATABASE_URL or CHANNEL_HUB_DATA for the child. */
  env: Record<string, string>;
  /** The database as one argument: a PostgreSQL URL, or `pglite:<data dir>`. */
  argument: string;
  /** Runs `use` on an open handle; on PGlite only while no child holds the data dir (PGlite is single-process). */
  use<T>(use: (handle: DatabaseHandle) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A PostgreSQL database by URL; `dispose` runs after the pool closed (e.g. dropping a test database). */
export function postgresProcessDatabase(url: string, dispose: () => Promise<void> = async () => {}): ProcessDatabase {
  const handle = openPostgres(url, 2);
  return {
    env: { DATABASE_URL: url },
    argument: url,
    use: (use) => use(handle),
    close: async () => {
      await handle.close();
      await dispose();
    },
  };
}

/** A PGlite data dir, opened for each `use` and closed after it, so a child can own it in between. */
export function pgliteProcessDatabase(dataDir: string, dispose: () => Promise<void> = async () => {}): ProcessDatabase {
  return {
    env: { CHANNEL_HUB_DATA: dataDir },
    argument: `pglite:${dataDir}`,
    async use(use) {
      const handle = await openPglite(dataDir);
      try {
        return await use(handle);
      } finally {
        await handle.close();
      }
    },
    close: dispose,
  };
}

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  /** Resolves when the process ended, with its exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL: no shutdown, no flush; whatever was not committed is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the server's own graceful stop. */
  stop(): Promise<void>;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
}

export interface ServerProcessOptions {
  database: ProcessDatabase;
  /** The Node binary to run it with (the smoke test runs another Node); this process's by default. */
  node?: string;
  /** More environment, e.g. CHANNEL_HUB_DEMO or SMTP_URL. */
  env?: Record<string, string>;
}

/** Starts the server and resolves once it listens; rejects with its output when it exits or hangs first. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  // This process's database and mail settings must not leak into the child's: it gets only the ones given.
  const { DATABASE_URL, CHANNEL_HUB_DATA, SMTP_URL, ...inherited } = process.env;
  const child = spawn(options.node ?? process.execPath, ['--import', 'tsx', mainScript], {
    cwd: projectRoot,
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      CHANNEL_HUB_DEMO: '1',
      LOG_LEVEL: 'warn',
      // Crash and multi-process tests load a two-core machine on purpose; they test other things than shedding.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      ...options.database.env,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const printed = { text: '' };
  const url = await listeningUrl(child, exited, printed);
  const pid = child.pid as number;
  return {
    url,
    pid,
    exited,
    output: () => printed.text,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function listeningUrl(child: ChildProcess, exited: Promise<unknown>, printed: { text: string }): Promise<string> {
  let output = '';
  const record = (chunk: Buffer) => {
    printed.text += chunk.toString('utf8');
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /Channel Hub is running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      // Keep draining the pipes so a chatty server never blocks on a full one.
      child.stdout?.removeListener('data', read);
      child.stdout?.resume();
      resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it listened:\n${output}`));
    });
  });
}

/** A signed-in HTTP client of a running server: cookie and CSRF token, or a Bearer API token. */
export class HubClient {
  private constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string>,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<HubClient> {
    const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new HubClient(baseUrl, { cookie, 'x-csrf-token': csrfToken });
  }

  static withToken(baseUrl: string, secret: string): HubClient {
    return new HubClient(baseUrl, { authorization: `Bearer ${secret}` });
  }

  /** The same session against another address (a restarted server listens on a new port). */
  at(baseUrl: string): HubClient {
    return new HubClient(baseUrl, this.headers);
  }

  /** The session's headers, for load tools that send their own requests. */
  get authHeaders(): Record<string, string> {
    return { ...this.headers };
  }

  /** Sends a request; the body is JSON when given as a value, sent as is when a string. */
  async request(method: string, url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** A request that must answer 2xx; its body. */
  async ok<T>(method: string, url: string, body?: unknown): Promise<T> {
    const answer = await this.request(method, url, body);
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(`${method} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body as T;
  }
}
