/**
 * Calls of the tag part of the customers contract (TAG-1, TAG-2; domain/contracts/customers.ts): the partner's
 * tags with their customer counts, and putting a tag on a customer or taking it off. The server checks who may
 * change tags; the web app only hides the controls (canManageTags).
 */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createTagRequest, tagWithCount, updateTagRequest } from '../../../domain/contracts/customers.ts';
import { api } from '../../api/client.ts';

export type TagWithCount = z.infer<typeof tagWithCount>;
type CreateTagRequest = z.input<typeof createTagRequest>;
type UpdateTagRequest = z.input<typeof updateTagRequest>;

/** The colours a tag may have (createTagRequest), each a Mantine theme colour. */
export const tagColours = ['blue', 'teal', 'green', 'yellow', 'orange', 'red', 'pink', 'violet', 'gray'] as const;
export type TagColour = (typeof tagColours)[number];

const knownColours = new Set<string>([...tagColours, 'grape', 'cyan', 'indigo', 'lime']);

/** The Mantine colour of a tag; anything the theme does not know is shown grey. */
export const tagColour = (colour: string): string => (knownColours.has(colour) ? colour : 'gray');

export const tagsQueryKey = ['tags'] as const;

/** A list answer may come bare or as `{ items }`. */
const itemsOf = <T>(answer: T[] | { items: T[] }): T[] => (Array.isArray(answer) ? answer : answer.items);

async function fetchTags(signal?: AbortSignal): Promise<TagWithCount[]> {
  const answer = await api.get<TagWithCount[] | { items: TagWithCount[] }>('/api/v1/tags', { signal });
  return [...itemsOf(answer)].sort((a, b) => a.name.localeCompare(b.name));
}

export const createTag = (body: CreateTagRequest) => api.post<TagWithCount>('/api/v1/tags', body);

export const updateTag = ({ id, ...body }: UpdateTagRequest & { id: string }) =>
  api.patch<TagWithCount>(`/api/v1/tags/${encodeURIComponent(id)}`, body);

export const deleteTag = (id: string) => api.delete<void>(`/api/v1/tags/${encodeURIComponent(id)}`);

export const assignTag = ({ customerId, tagId }: { customerId: string; tagId: string }) =>
  api.put<void>(`/api/v1/customers/${encodeURIComponent(customerId)}/tags/${encodeURIComponent(tagId)}`);

export const unassignTag = ({ customerId, tagId }: { customerId: string; tagId: string }) =>
  api.delete<void>(`/api/v1/customers/${encodeURIComponent(customerId)}/tags/${encodeURIComponent(tagId)}`);

/** The partner's tags, sorted by name. */
export function useTags(enabled = true) {
  return useQuery({ queryKey: tagsQueryKey, queryFn: ({ signal }) => fetchTags(signal), enabled, staleTime: 60_000 });
}
