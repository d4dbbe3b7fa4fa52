import { z } from 'zod';
import { envelopeSchema, type WebhookEventType, webhookEventCatalogue } from '../../../domain/webhook-events.ts';

/**
 * BEY-9: the OpenAPI 3.1 `webhooks` section, generated from the event catalogue, one entry per event type and
 * version (`customer.created.v1`), so the API docs describe exactly what the hub sends.
 */
/** Typed loosely: the swagger plugin's types want path items, which these are. */
export function webhookDocuments(): Record<string, never> {
  const entries = Object.entries(webhookEventCatalogue).flatMap(([type, entry]) =>
    Object.keys(entry.versions).map((version) => {
      const schema = z.toJSONSchema(envelopeSchema(type as WebhookEventType, Number(version)), {
        target: 'draft-2020-12',
        io: 'output',
      });
      const { $schema: _, ...body } = schema;
      return [
        `${type}.v${version}`,
        {
          post: {
            operationId: `webhook.${type}.v${version}`,
            tags: ['webhooks'],
            summary: `${type} (version ${version})`,
            description: `${entry.description} Signed with the Standard Webhooks headers \`webhook-id\`, \`webhook-timestamp\` and \`webhook-signature\` (docs/API.md, Webhooks).`,
            parameters: ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({
              name,
              in: 'header',
              required: true,
              schema: { type: 'string' },
            })),
            requestBody: { required: true, content: { 'application/json': { schema: body } } },
            responses: {
              '200': { description: 'Any 2xx marks the delivery delivered; anything else is retried with backoff.' },
            },
          },
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<string, never>;
}
