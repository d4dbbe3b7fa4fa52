import type { Locale } from '../../../domain/contracts/common.ts';
import type { Resource, ResourceSummary } from '../../../domain/contracts/resources.ts';
import type { ResourceType } from '../../../domain/resources.ts';
import type { ResourceDetailRow, ResourceRow } from './resources.queries.ts';

/** A stored resource as the contract sends it. */

export function toResourceSummary(row: Omit<ResourceRow, 'rank'>): ResourceSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: row.url,
    type: row.type as ResourceType,
    products: row.products,
    language: row.language as Locale,
    featured: row.featured,
    quickLink: row.quickLink,
    updatedAt: row.updatedAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
  };
}

export function toResource(row: ResourceDetailRow): Resource {
  return { ...toResourceSummary(row), body: row.body };
}
