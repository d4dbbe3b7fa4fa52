/**
 * Every area of the app: its route, icon and who sees it (UI.md, Shell). The navigation, the command palette
 * and the route guard all read this one list.
 */
import {
  IconActivity,
  IconBuilding,
  IconBuildingCommunity,
  IconBulb,
  IconCategory,
  IconChartBar,
  IconChecklist,
  IconFlask,
  IconHeadset,
  IconHistory,
  IconInbox,
  IconLayoutDashboard,
  IconLicense,
  IconLifebuoy,
  IconMailForward,
  IconSettings,
  IconTruckReturn,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Audience } from '../features/auth/session.ts';

export type AreaId =
  | 'overview'
  | 'customers'
  | 'trials'
  | 'analytics'
  | 'insights'
  | 'activity'
  | 'supportRequests'
  | 'resources'
  | 'administrators'
  | 'auditLog'
  | 'settings'
  | 'partners'
  | 'approvals'
  | 'deviceReturns'
  | 'sentMail'
  | 'catalogue'
  | 'helpdesk'
  | 'console'
  | 'licences'
  | 'users'
  | 'trialRequests';

type NavSection = 'main' | 'vendor';

export interface Area {
  id: AreaId;
  path: string;
  icon: ComponentType<{ size?: number | string; stroke?: number | string }>;
  audiences: readonly Audience[];
  section: NavSection;
}

const partnerAndVendor = ['partner', 'vendor'] as const;
const everyone = ['partner', 'vendor', 'customer'] as const;

/** In navigation order. */
export const areas: readonly Area[] = [
  { id: 'console', path: '/console', icon: IconLayoutDashboard, audiences: ['customer'], section: 'main' },
  { id: 'licences', path: '/console/licences', icon: IconLicense, audiences: ['customer'], section: 'main' },
  { id: 'users', path: '/console/users', icon: IconUsers, audiences: ['customer'], section: 'main' },
  { id: 'trialRequests', path: '/console/trial-requests', icon: IconInbox, audiences: ['customer'], section: 'main' },
  { id: 'overview', path: '/overview', icon: IconLayoutDashboard, audiences: partnerAndVendor, section: 'main' },
  { id: 'customers', path: '/customers', icon: IconBuilding, audiences: partnerAndVendor, section: 'main' },
  { id: 'trials', path: '/trials', icon: IconFlask, audiences: partnerAndVendor, section: 'main' },
  { id: 'analytics', path: '/analytics', icon: IconChartBar, audiences: partnerAndVendor, section: 'main' },
  { id: 'insights', path: '/insights', icon: IconBulb, audiences: partnerAndVendor, section: 'main' },
  { id: 'activity', path: '/activity', icon: IconActivity, audiences: ['customer'], section: 'main' },
  {
    id: 'supportRequests',
    path: '/support-requests',
    icon: IconHeadset,
    audiences: ['customer', 'vendor'],
    section: 'main',
  },
  { id: 'resources', path: '/resources', icon: IconLifebuoy, audiences: everyone, section: 'main' },
  // Customers manage their administrators here too (ROL-7); a customer's plain user is told it is for admins.
  { id: 'administrators', path: '/administrators', icon: IconUserShield, audiences: everyone, section: 'main' },
  // NOT-4: each reads its own reach of the log; a customer's plain user is told it is for administrators.
  { id: 'auditLog', path: '/audit-log', icon: IconHistory, audiences: everyone, section: 'main' },
  { id: 'settings', path: '/settings', icon: IconSettings, audiences: partnerAndVendor, section: 'main' },
  { id: 'partners', path: '/partners', icon: IconBuildingCommunity, audiences: ['vendor'], section: 'vendor' },
  { id: 'catalogue', path: '/catalogue', icon: IconCategory, audiences: ['vendor'], section: 'vendor' },
  { id: 'approvals', path: '/approvals', icon: IconChecklist, audiences: ['vendor'], section: 'vendor' },
  { id: 'deviceReturns', path: '/device-returns', icon: IconTruckReturn, audiences: ['vendor'], section: 'vendor' },
  { id: 'helpdesk', path: '/helpdesk', icon: IconHeadset, audiences: ['vendor'], section: 'vendor' },
  { id: 'sentMail', path: '/sent-mail', icon: IconMailForward, audiences: ['vendor'], section: 'vendor' },
];

export const areasFor = (audience: Audience): Area[] => areas.filter((a) => a.audiences.includes(audience));

export const areaById = (id: AreaId): Area => {
  const area = areas.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
};

/** The area a path belongs to (the longest matching route), if any. */
export function areaOfPath(pathname: string): Area | undefined {
  let best: Area | undefined;
  for (const area of areas) {
    if (pathname === area.path || pathname.startsWith(`${area.path}/`)) {
      if (!best || area.path.length > best.path.length) best = area;
    }
  }
  return best;
}
