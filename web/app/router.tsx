/** Routes: /sign-in outside, everything else behind the session guard and inside the shell. */
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { AreaRoute, LandingRedirect } from './AreaRoute.tsx';
import { NotFoundPage, RouteErrorPage } from './ErrorPages.tsx';
import { areas } from './navigation.ts';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

const CustomerDetailPage = lazy(() => import('../features/customers/detail/CustomerDetailPage.tsx'));
const PartnerConsolePage = lazy(() => import('../features/console/PartnerConsolePage.tsx'));
const PartnerDetailPage = lazy(() => import('../features/partners/PartnerDetailPage.tsx'));
const MyOrganisationPage = lazy(() => import('../features/my-organisation/MyOrganisationPage.tsx'));
const SetupPage = lazy(() => import('../features/onboarding/SetupPage.tsx'));
const InvitationPage = lazy(() => import('../features/onboarding/InvitationPage.tsx'));
const ForgotPasswordPage = lazy(() => import('../features/credentials/ForgotPasswordPage.tsx'));
const ResetPasswordPage = lazy(() => import('../features/credentials/ResetPasswordPage.tsx'));
const AccountSecurityPage = lazy(() => import('../features/credentials/AccountSecurityPage.tsx'));
const SessionsPage = lazy(() => import('../features/credentials/SessionsPage.tsx'));
const ResourcePage = lazy(() => import('../features/resources/ResourcePage.tsx'));
const WebhookDeliveriesPage = lazy(() => import('../features/webhooks/WebhookDeliveriesPage.tsx'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  // Issue #10: reached with a one-time link, before anyone can sign in.
  {
    path: '/setup/:token?',
    element: (
      <Suspense fallback={null}>
        <SetupPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/invitations/:token',
    element: (
      <Suspense fallback={null}>
        <InvitationPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/forgot-password',
    element: (
      <Suspense fallback={<PageSkeleton />}>
        <ForgotPasswordPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/reset-password/:token',
    element: (
      <Suspense fallback={<PageSkeleton />}>
        <ResetPasswordPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <Shell />,
        errorElement: <RouteErrorPage />,
        children: [
          {
            // A page that crashes shows its error inside the shell, so the navigation stays usable.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <LandingRedirect /> },
              ...areas.map((area) => ({ path: area.path, element: <AreaRoute key={area.id} area={area.id} /> })),
              {
                path: '/customers/:id/console/:section?',
                element: <AreaRoute area="customers" page={PartnerConsolePage} />,
              },
              { path: '/customers/:id/:tab?', element: <AreaRoute area="customers" page={CustomerDetailPage} /> },
              { path: '/resources/:id', element: <AreaRoute area="resources" page={ResourcePage} /> },
              { path: '/partners/:id', element: <AreaRoute area="partners" page={PartnerDetailPage} /> },
              { path: '/my-organisation', element: <AreaRoute area="overview" page={MyOrganisationPage} /> },
              // The user's own account (user menu): every audience.
              { path: '/settings/webhooks/:id', element: <AreaRoute area="settings" page={WebhookDeliveriesPage} /> },
              { path: '/account/security', element: <AccountSecurityPage /> },
              { path: '/account/sessions', element: <SessionsPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
