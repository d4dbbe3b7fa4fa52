import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Browser sessions; the cookie holds a random token, the table only its SHA-256 (REL-5). */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** Names the session on the Sessions page without revealing its token's hash. */
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    /** How the user signed in: password (with or without a second factor) or single sign-on. */
    method: text('method').notNull().default('password'),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sessions_expires_idx').on(t.expiresAt),
    index('sessions_user_idx').on(t.userId),
    uniqueIndex('sessions_id_idx').on(t.id),
  ],
);

export const accountLinkPurpose = pgEnum('account_link_purpose', ['setup', 'invitation', 'password_reset']);

/**
 * One-time links sent by e-mail or printed by `channel-hub setup`: the first run, invitations (7 days) and password
 * resets (1 hour). Only the token's SHA-256 is stored; a link is used once, and issuing a new one for the same
 * user and purpose revokes the old.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: accountLinkPurpose('purpose').notNull(),
    /** The organisation and user the link is for; none for the first-run setup link. */
    organisationId: uuid('organisation_id'),
    userId: uuid('user_id'),
    /** The address the link was sent or printed for (the setup link's future operator). */
    email: text('email').notNull(),
    name: text('name'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('account_links_user_idx').on(t.userId, t.purpose), index('account_links_expires_idx').on(t.expiresAt)],
);

/** Two-factor recovery codes, shown once at enrolment and stored hashed; each works once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    organisationId: uuid('organisation_id').notNull(),
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId, t.codeHash] })],
);

/**
 * The step between a correct password and a session for users with two-factor sign-in (or who must enrol first):
 * the browser holds the challenge token, the table its hash, for a few minutes and a bounded number of codes.
 */
export const signInChallenges = pgTable(
  'sign_in_challenges',
  {
    tokenHash: text('token_hash').primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** `verify`: a code is asked for; `enrol`: the organisation requires two-factor and the user has none yet. */
    kind: text('kind').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_challenges_expires_idx').on(t.expiresAt)],
);

/** An organisation's OpenID Connect identity provider for single sign-on. */
export const identityProviders = pgTable(
  'identity_providers',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecret: text('client_secret').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), uniqueIndex('identity_providers_id_idx').on(t.id)],
);

/** The e-mail domains an identity provider covers; a domain belongs to one provider of the installation. */
export const identityProviderDomains = pgTable(
  'identity_provider_domains',
  {
    domain: text('domain').primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    providerId: uuid('provider_id').notNull(),
  },
  (t) => [index('identity_provider_domains_provider_idx').on(t.organisationId, t.providerId)],
);

/** A single sign-on in progress: the OIDC state, nonce and PKCE verifier between the redirect and the callback. */
export const oidcSignIns = pgTable(
  'oidc_sign_ins',
  {
    state: text('state').primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    email: text('email').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_sign_ins_expires_idx').on(t.expiresAt)],
);

/** API tokens per organisation for scripts and integrations (NOT-3); stored hashed (REL-5). */
export const apiTokens = pgTable(
  'api_tokens',
  {
    organisationId: uuid('organisation_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The user whose roles the token acts with. */
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)],
);

/**
 * Sign-in attempt counters shared by every server process (REL-5): one row per source address (failures, with a
 * growing back-off) and one per address and account (attempts). Pruned by the sign-in-throttle-cleanup job.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    key: text('key').primaryKey(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
    /** How many back-offs this address has served; each one doubles the next. */
    strikes: integer('strikes').notNull().default(0),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_throttle_last_attempt_idx').on(t.lastAttemptAt)],
);
