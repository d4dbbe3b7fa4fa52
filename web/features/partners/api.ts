/** Every partner of the installation, for vendor operators' partner filters (GET /api/v1/partners, ROL-5). */
import { useQuery } from '@tanstack/react-query';
import type { PartnerList } from '../../../domain/contracts/organisations.ts';
import { api } from '../../api/client.ts';

/** Only vendor operators may ask; for everyone else the query stays idle. */
export const usePartners = (enabled: boolean) =>
  useQuery({
    queryKey: ['partners'],
    queryFn: ({ signal }) => api.get<PartnerList>('/api/v1/partners', { signal }),
    select: (answer) => answer.items,
    enabled,
    staleTime: 5 * 60_000,
  });
