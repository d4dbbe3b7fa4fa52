import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const mainScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '../main.ts');

/** A hub started as its own process (`server/main.ts`), as in production, on loopback and a free port. */
export interface HubProcess {
  url: string;
  metricsUrl: string | undefined;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  child: ChildProcess;
}

/** Starts the hub with `env` on top of a quiet, loopback-only configuration; resolves once it listens. */
export async function startHubProcess(env: NodeJS.ProcessEnv, startTimeoutMs = 60_000): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<{ url: string; metricsUrl: string | undefined }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start in time:\n${output}`)), startTimeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      const metricsUrl = /Metrics: (http:\/\/\S+)\n/.exec(output)?.[1];
      if (url && output.includes('API docs:') && (metricsUrl || env.METRICS_PORT === undefined)) {
        clearTimeout(timer);
        resolve({ url, metricsUrl });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited (${code}) before it listened:\n${output}`));
    });
  });
  try {
    const { url, metricsUrl } = await listening;
    return { url, metricsUrl, output: () => output, exited, child };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
