/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    latency: Histogram;
    requests: Histogram & { total: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  /** One request of a sequence each connection cycles through; `context` is fresh for every pass. */
  interface Request {
    title?: string;
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    // biome-ignore lint/suspicious/noExplicitAny: each caller types its own context
    setupRequest?: (request: Request, context: any) => Request;
    // biome-ignore lint/suspicious/noExplicitAny: each caller types its own context
    onResponse?: (status: number, body: string, context: any) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    /** Load-generating worker threads, so the client does not share the server's event loop. */
    workers?: number;
    /** Seconds to wait for an answer before counting a timeout. */
    timeout?: number;
    requests?: Request[];
  }
  export default function autocannon(options: Options): Promise<Result>;
}
