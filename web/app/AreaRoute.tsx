/**
 * One area of the app: its page when the feature is built (lazy-loaded, so the first load stays small),
 * otherwise the plain placeholder. An area the user's audience does not have sends them to their landing page
 * (the server checks every call anyway).
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Navigate } from 'react-router';
import { PlaceholderPage } from '../components/PlaceholderPage.tsx';
import { audienceOf, landingPath, useSession } from '../features/auth/session.ts';
import { type AreaId, areaById } from './navigation.ts';

const WelcomePage = lazy(() => import('../features/overview/WelcomePage.tsx'));

const CustomerConsolePage = lazy(() => import('../features/console/CustomerConsolePage.tsx'));

/** Built areas. Add a feature's page here as `lazy(() => import('../features/<area>/<Page>.tsx'))`. */
const pages: Partial<Record<AreaId, LazyExoticComponent<ComponentType>>> = {
  overview: WelcomePage,
  console: CustomerConsolePage,
  licences: CustomerConsolePage,
  users: CustomerConsolePage,
  trialRequests: CustomerConsolePage,
  administrators: lazy(() => import('../features/administrators/AdministratorsPage.tsx')),
  customers: lazy(() => import('../features/customers/list/CustomersPage.tsx')),
  analytics: lazy(() => import('../features/analytics/AnalyticsPage.tsx')),
  sentMail: lazy(() => import('../features/sent-mail/SentMailPage.tsx')),
  catalogue: lazy(() => import('../features/catalogue/CataloguePage.tsx')),
  trials: lazy(() => import('../features/trials/TrialsPage.tsx')),
  approvals: lazy(() => import('../features/trials/ApprovalsPage.tsx')),
  deviceReturns: lazy(() => import('../features/trials/DeviceReturnsPage.tsx')),
  settings: lazy(() => import('../features/settings/SettingsPage.tsx')),
  partners: lazy(() => import('../features/partners/PartnersPage.tsx')),
  resources: lazy(() => import('../features/resources/ResourcesPage.tsx')),
  helpdesk: lazy(() => import('../features/resources/HelpdeskQueuePage.tsx')),
  insights: lazy(() => import('../features/insights/InsightsPage.tsx')),
  activity: lazy(() => import('../features/activity/ActivityPage.tsx')),
  supportRequests: lazy(() => import('../features/activity/SupportRequestsPage.tsx')),
  auditLog: lazy(() => import('../features/audit/AuditLogPage.tsx')),
};

/** `page` serves a route inside an area (a customer's detail page inside Customers) with the area's guard. */
export function AreaRoute({ area, page }: { area: AreaId; page?: LazyExoticComponent<ComponentType> }) {
  const session = useSession();
  if (!areaById(area).audiences.includes(audienceOf(session))) {
    return <Navigate to={landingPath(session)} replace />;
  }
  const Page = page ?? pages[area];
  return Page ? <Page /> : <PlaceholderPage area={area} />;
}

/** "/" and anything that only needs "go home". */
export function LandingRedirect() {
  const session = useSession();
  return <Navigate to={landingPath(session)} replace />;
}
