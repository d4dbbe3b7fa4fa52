import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type DatabaseHandle, rowsOf } from './db.ts';

/**
 * Prometheus metrics (docs/OPERATIONS.md, Monitoring). Each process has its own registry, served by its own
 * listener on METRICS_PORT — never through the public port, so nothing behind the proxy exposes them and no token
 * is needed. Series: requests by route and status, latency, job queue depth, outbox backlog, pool usage, and
 * prom-client's process defaults (memory, CPU, event-loop lag).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'channel_hub_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'channel_hub_http_request_duration_seconds',
    help: 'Time from receiving a request to its response, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(handle: DatabaseHandle) {
    collectDefaultMetrics({ register: this.registry, prefix: 'channel_hub_' });
    const db = handle.db;
    new Gauge({
      name: 'channel_hub_job_queue_depth',
      help: 'Background jobs waiting to run (created or retrying), by queue',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // pg-boss creates its schema when a process first runs jobs; before that nothing waits.
        const [present] = rowsOf<{ found: boolean }>(
          await db.execute(sql`select to_regclass('pgboss.job') is not null as found`),
        );
        if (!present?.found) return;
        const rows = rowsOf<{ queue: string; depth: number }>(
          await db.execute(sql`
            select name as queue, count(*)::int as depth from pgboss.job
            where state in ('created', 'retry') group by name`),
        );
        for (const row of rows) this.set({ queue: row.queue }, row.depth);
      },
    });
    new Gauge({
      name: 'channel_hub_email_outbox_pending',
      help: 'E-mails stored and not yet accepted by the SMTP server (NOT-1)',
      registers: [this.registry],
      async collect() {
        const [row] = rowsOf<{ pending: number }>(
          await db.execute(sql`select count(*)::int as pending from email_outbox where status = 'pending'`),
        );
        this.set(row?.pending ?? 0);
      },
    });
    if (handle.kind === 'postgres') {
      const pool = handle.pool;
      new Gauge({
        name: 'channel_hub_db_pool_connections',
        help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one; max is the pool size',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
          this.set({ state: 'max' }, pool.options.max ?? 10);
        },
      });
    }
  }

  /** Counts and times every response of `app`, labelled by route template so ids do not multiply series. */
  instrument(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
      this.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
  }

  /** The listener of METRICS_PORT: `GET /metrics` in Prometheus' text format. */
  buildServer(): FastifyInstance {
    const server = Fastify({ logger: false });
    server.get('/metrics', async (_request, reply) => {
      reply.type(this.registry.contentType);
      return this.registry.metrics();
    });
    return server;
  }
}
