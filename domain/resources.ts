import type { Locale } from './contracts/common.ts';

/**
 * The kinds of item in the resources library (RES-1). Insights' next steps (INS-5) suggest items by kind:
 * case studies, testimonials and tutorials for low adoption; training and self-service for how-to requests.
 */
export const resourceTypes = [
  'guide',
  'playbook',
  'article',
  'video',
  'datasheet',
  'case_study',
  'testimonial',
  'tutorial',
  'training',
  'self_service',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

/**
 * RES-1: the PostgreSQL text-search configuration of each language a resource is written in, so that a search
 * finds "prøveperioder" by "prøveperiode" in Danish and "unused licences" by "licence" in English. Both databases
 * ship these snowball configurations. Migration 0015 builds each row's `search` vector with the same mapping.
 */
export const searchConfigurations: Record<Locale, 'english' | 'danish' | 'norwegian' | 'hungarian'> = {
  en: 'english',
  da: 'danish',
  nb: 'norwegian',
  hu: 'hungarian',
};

/**
 * RES-2: the partner helpdesk answers questions on Calling and Contact Center only (the source documents:
 * "help with Webex Calling and Contact Center"). These are the helpdesk's own topics, not catalogue rows, so a
 * real installation has them whatever its catalogue holds.
 */
export const helpdeskProducts = ['calling', 'contact_center'] as const;
export type HelpdeskProduct = (typeof helpdeskProducts)[number];

/** A support case waits for the vendor (open), for the partner (answered), or is done (closed). */
export const supportCaseStatuses = ['open', 'answered', 'closed'] as const;
export type SupportCaseStatus = (typeof supportCaseStatuses)[number];

export type SupportCaseAction = 'answer' | 'close';

/**
 * What an action does to a case: its next status, or why it is refused. A closed case takes no answer and
 * cannot be closed again; an answer to an open or answered case leaves it answered (waiting for the partner).
 */
export function nextSupportCaseStatus(
  current: SupportCaseStatus,
  action: SupportCaseAction,
): { status: SupportCaseStatus } | { refused: 'closed' } {
  if (current === 'closed') return { refused: 'closed' };
  return { status: action === 'answer' ? 'answered' : 'closed' };
}

/** The reference a partner quotes for a case, e.g. HD-1042. */
export const supportCaseReference = (number: number) => `HD-${number}`;
