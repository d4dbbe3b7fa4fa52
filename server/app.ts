import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { credentialRoutes } from './features/accounts/credentials.routes.ts';
import { activityRoutes } from './features/activity/activity.routes.ts';
import { supportSetupRoutes } from './features/activity/support-setup.routes.ts';
import { analyticsRoutes } from './features/analytics/analytics.routes.ts';
import { apiTokenRoutes } from './features/api-tokens/api-tokens.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { catalogueRoutes } from './features/catalogue/catalogue.routes.ts';
import { customerDetailRoutes } from './features/customers/customer-detail.routes.ts';
import { customerListRoutes } from './features/customers/customers.routes.ts';
import { demoRoutes } from './features/demo/demo.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { insightsRoutes } from './features/insights/insights.routes.ts';
import { invitationRoutes } from './features/invitations/invitations.routes.ts';
import { mailRoutes } from './features/mail/mail.routes.ts';
import { organisationRoutes } from './features/organisations/organisations.routes.ts';
import { resourceRoutes } from './features/resources/resources.routes.ts';
import { setupRoutes } from './features/setup/setup.routes.ts';
import { singleSignOnRoutes } from './features/single-sign-on/single-sign-on.routes.ts';
import { subscriptionRoutes } from './features/subscriptions/subscriptions.routes.ts';
import { trialRoutes } from './features/trials/trials.routes.ts';
import { usageRoutes } from './features/usage/usage.routes.ts';
import { webhookDocuments } from './features/webhooks/webhook-docs.ts';
import { webhookRoutes } from './features/webhooks/webhooks.routes.ts';
import type { AppDeps } from './platform/app-deps.ts';
import { API_DOCS_PREFIX, authPlugin } from './platform/auth.ts';
import type { MovableClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db.ts';
import {
  documentPlatformErrors,
  errorHandler,
  frameworkErrorHandler,
  notFoundBody,
  signedInSecurity,
} from './platform/http-errors.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import { batchedLogStream } from './platform/log-stream.ts';
import type { Metrics } from './platform/metrics.ts';
import { registerOverloadProtection } from './platform/overload.ts';
import { registerRequestInputRules } from './platform/request-input.ts';
import { SessionStore } from './platform/sessions.ts';

const builtWebRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export async function buildApp(options: {
  config: Config;
  db: Database;
  clock: MovableClock;
  runClockDrivenJobs?: () => Promise<void>;
  jobsRunning?: () => boolean;
  metrics?: Metrics;
  logger?: boolean;
  /** The built web app's directory (dist/web unless a test serves its own). */
  webRoot?: string;
}): Promise<FastifyInstance> {
  const deps: AppDeps = {
    config: options.config,
    db: options.db,
    clock: options.clock,
    sessions: new SessionStore(options.db, options.clock, options.config.sessionIdleHours),
    runClockDrivenJobs: options.runClockDrivenJobs ?? (async () => {}),
    jobsRunning: options.jobsRunning,
  };
  const app = Fastify({
    logger: options.logger ? { level: options.config.logLevel, stream: batchedLogStream() } : false,
    trustProxy: options.config.trustedProxies.length > 0 ? options.config.trustedProxies : false,
    bodyLimit: 10 * 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerRequestInputRules(app);
  options.metrics?.instrument(app);
  await registerOverloadProtection(app, options.config.overload);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes its CSS variables inline; the API docs page uses inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Only behind HTTPS (production): HSTS on a plain-HTTP development host would pin it to HTTPS.
    strictTransportSecurity: options.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(fastifyCookie);
  // API responses above 1 KiB compressed when the client accepts it (the web app's assets are precompressed).
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Channel Hub API',
        version: '1',
        description:
          'Everything the Channel Hub UI does. Browsers use the session cookie and send `x-csrf-token` on ' +
          'state-changing requests; scripts send `Authorization: Bearer <api token>`. Errors are ' +
          '`{ error: { code, message, field? } }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ch_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: signedInSecurity,
      webhooks: webhookDocuments(),
    },
    transform: documentPlatformErrors,
  });
  await app.register(fastifySwaggerUi, { routePrefix: API_DOCS_PREFIX });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  await app.register(authPlugin, { db: deps.db, clock: deps.clock, sessions: deps.sessions });
  registerIdempotency(app, deps);

  await healthRoutes(app, deps);
  await authRoutes(app, deps);
  await setupRoutes(app, deps);
  await invitationRoutes(app, deps);
  await credentialRoutes(app, deps);
  await organisationRoutes(app, deps);
  await usageRoutes(app, deps);
  await apiTokenRoutes(app, deps);
  await singleSignOnRoutes(app, deps);
  await customerDetailRoutes(app, deps);
  await subscriptionRoutes(app, deps);
  await customerListRoutes(app, deps);
  await analyticsRoutes(app, deps);
  await insightsRoutes(app, deps);
  await mailRoutes(app, deps);
  await catalogueRoutes(app, deps);
  await trialRoutes(app, deps);
  await resourceRoutes(app, deps);
  await activityRoutes(app, deps);
  await supportSetupRoutes(app, deps);
  await auditRoutes(app, deps);
  await webhookRoutes(app, deps);
  if (deps.config.demoMode) await demoRoutes(app, deps);

  await serveWebApp(app, options.webRoot ?? builtWebRoot);
  return app;
}

/**
 * The built single-page app at `/`, with client-side routes falling back to index.html. Files are sent as
 * their build-time brotli or gzip twins (scripts/precompress.ts). Vite names every file under assets/ by its
 * content hash, so browsers keep those for a year without asking again; index.html, which names the current
 * hashes, and the unhashed files are revalidated on every load.
 */
async function serveWebApp(app: FastifyInstance, webRoot: string) {
  const hasWebBuild = existsSync(path.join(webRoot, 'index.html'));
  if (hasWebBuild) {
    const hashedAssets = `${path.join(webRoot, 'assets')}${path.sep}`;
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders(reply, filePath) {
        reply.header(
          'cache-control',
          filePath.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && hasWebBuild && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(notFoundBody(request.method, request.url));
  });
}
