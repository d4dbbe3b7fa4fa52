/**
 * Rules of the product catalogue (SPEC §1). A catalogue has two levels: top-level services and their editions.
 * Retired entries stay (subscriptions and trials name them) but are offered nowhere new; an edition of a retired
 * service is not offered either.
 */

export interface CatalogueEntry {
  id: string;
  parentServiceId: string | null;
  active: boolean;
}

/** The services that may be offered for anything new: active, and under an active parent. */
export function offeredServices<T extends CatalogueEntry>(all: readonly T[]): T[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return all.filter((s) => s.active && (s.parentServiceId === null || byId.get(s.parentServiceId)?.active === true));
}

/** What is wrong with making `serviceId` an edition of `parentId`, or null when it may be. */
export function editionProblem(
  all: readonly CatalogueEntry[],
  serviceId: string,
  parentId: string,
): 'self' | 'unknown_parent' | 'parent_is_edition' | 'has_editions' | null {
  if (parentId === serviceId) return 'self';
  const parent = all.find((s) => s.id === parentId);
  if (!parent) return 'unknown_parent';
  if (parent.parentServiceId !== null) return 'parent_is_edition';
  if (all.some((s) => s.parentServiceId === serviceId)) return 'has_editions';
  return null;
}
