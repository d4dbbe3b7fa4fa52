import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { credentialRoutes } from './features/accounts/credentials.routes.ts';
import { analyticsRoutes } from './features/analytics/analytics.routes.ts';
import { apiTokenRoutes } from './features/api-tokens/api-tokens.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { catalogueRoutes } from './features/catalogue/catalogue.routes.ts';
import { customerDetailRoutes } from './features/customers/customer-detail.routes.ts';
import { customerListRoutes } from './features/customers/customers.routes.ts';
import { demoRoutes } from './features/demo/demo.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { invitationRoutes } from './features/invitations/invitations.routes.ts';
import { mailRoutes } from './features/mail/mail.routes.ts';
import { organisationRoutes } from './features/organisations/organisations.routes.ts';
import { setupRoutes } from './features/setup/setup.routes.ts';
import { singleSignOnRoutes } from './features/single-sign-on/single-sign-on.routes.ts';
import { trialRoutes } from './features/trials/trials.routes.ts';
import { usageRoutes } from './features/usage/usage.routes.ts';
import type { AppDeps } from './platform/app-deps.ts';
import { API_DOCS_PREFIX, authPlugin } from './platform/auth.ts';
import type { MovableClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db.ts';
import { documentPlatformErrors, errorHandler, frameworkErrorHandler, notFoundBody } from './platform/http-errors.ts';
import type { Metrics } from './platform/metrics.ts';
import { registerOverloadProtection } from './platform/overload.ts';
import { registerRequestInputRules } from './platform/request-input.ts';
import { SessionStore } from './platform/sessions.ts';

const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export async function buildApp(options: {
  config: Config;
  db: Database;
  clock: MovableClock;
  runClockDrivenJobs?: () => Promise<void>;
  jobsRunning?: () => boolean;
  metrics?: Metrics;
  logger?: boolean;
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
    logger: options.logger ? { level: options.config.logLevel } : false,
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
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: documentPlatformErrors,
  });
  await app.register(fastifySwaggerUi, { routePrefix: API_DOCS_PREFIX });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
  await app.register(authPlugin, { db: deps.db, clock: deps.clock, sessions: deps.sessions });

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
  await customerListRoutes(app, deps);
  await analyticsRoutes(app, deps);
  await mailRoutes(app, deps);
  await catalogueRoutes(app, deps);
  await trialRoutes(app, deps);
  if (deps.config.demoMode) await demoRoutes(app, deps);

  await serveWebApp(app);
  return app;
}

/** The built single-page app at `/`, with client-side routes falling back to index.html. */
async function serveWebApp(app: FastifyInstance) {
  const hasWebBuild = existsSync(path.join(webRoot, 'index.html'));
  if (hasWebBuild) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && hasWebBuild && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(notFoundBody(request.method, request.url));
  });
}
