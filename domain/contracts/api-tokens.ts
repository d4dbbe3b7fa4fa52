import { z } from 'zod';

/** API tokens for scripts and integrations (NOT-3): the secret is shown once, then only its hash is kept. */

export const apiTokenIdParams = z.object({ id: z.uuid() });

export const apiTokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdBy: z.object({ userId: z.uuid(), name: z.string(), email: z.string() }),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenSummary = z.infer<typeof apiTokenSummary>;

export const apiTokenList = z.object({ items: z.array(apiTokenSummary) });
export type ApiTokenList = z.infer<typeof apiTokenList>;

export const createApiTokenRequest = z.strictObject({
  name: z.string().trim().min(1, 'Give the token a name').max(100),
});
export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequest>;

export const createdApiToken = z.object({
  token: apiTokenSummary,
  /** Send as `Authorization: Bearer <secret>`; it cannot be shown again. */
  secret: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiToken>;

/** Prefix of every secret, so that a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'chub_';
