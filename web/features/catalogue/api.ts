/**
 * The product catalogue (SPEC §1; domain/contracts/catalogue.ts) as the web app reads it: one query of
 * GET /api/v1/catalogue, with retired entries, because old subscriptions and trials still name them. Every product
 * name and product list of the app comes from here (names are data, shown as stored — not translated). What a new
 * trial may hold is the server's answer (trial options), never computed here.
 */
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import type {
  CatalogueDeviceType,
  CatalogueResponse,
  CatalogueService,
  createDeviceTypeRequest,
  createServiceRequest,
  updateDeviceTypeRequest,
  updateServiceRequest,
} from '../../../domain/contracts/catalogue.ts';
import { api } from '../../api/client.ts';
import { trialsQueryKey } from '../trials/api.ts';

export type { CatalogueDeviceType, CatalogueService };

export const catalogueQueryKey = ['catalogue'] as const;

/** The whole catalogue, retired entries included (each with its `active` flag), in catalogue order. */
export function useCatalogue() {
  return useQuery({
    queryKey: catalogueQueryKey,
    queryFn: ({ signal }) =>
      api.get<CatalogueResponse>('/api/v1/catalogue', { signal, query: { includeRetired: true } }),
    staleTime: 5 * 60_000,
  });
}

/** A service's name as the catalogue stores it; an id the catalogue does not know (yet) shows as itself. */
export function useProductName(): (id: string) => string {
  const catalogue = useCatalogue();
  const names = useMemo(() => new Map((catalogue.data?.services ?? []).map((s) => [s.id, s.name])), [catalogue.data]);
  return useCallback((id: string) => names.get(id) ?? id, [names]);
}

/** Every service id of the catalogue, in catalogue order (retired ones too: old records still hold them). */
export function useProductIds(): string[] {
  const catalogue = useCatalogue();
  return useMemo(() => (catalogue.data?.services ?? []).map((s) => s.id), [catalogue.data]);
}

export const createService = (body: z.output<typeof createServiceRequest>) =>
  api.post<CatalogueService>('/api/v1/catalogue/services', body);

export const updateService = ({ id, ...body }: z.output<typeof updateServiceRequest> & { id: string }) =>
  api.patch<CatalogueService>(`/api/v1/catalogue/services/${encodeURIComponent(id)}`, body);

export const createDeviceType = (body: z.output<typeof createDeviceTypeRequest>) =>
  api.post<CatalogueDeviceType>('/api/v1/catalogue/device-types', body);

export const updateDeviceType = ({ id, ...body }: z.output<typeof updateDeviceTypeRequest> & { id: string }) =>
  api.patch<CatalogueDeviceType>(`/api/v1/catalogue/device-types/${encodeURIComponent(id)}`, body);

/** After a change: the catalogue and what the trial wizard offers. */
export const refreshCatalogue = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: catalogueQueryKey }),
    queryClient.invalidateQueries({ queryKey: [...trialsQueryKey, 'options'] }),
  ]);
