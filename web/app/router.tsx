/** Routes: /sign-in outside, everything else behind the session guard and inside the shell. */
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { AreaRoute, LandingRedirect } from './AreaRoute.tsx';
import { NotFoundPage, RouteErrorPage } from './ErrorPages.tsx';
import { areas } from './navigation.ts';
import { RequireSession } from './RequireSession.tsx';
import { Shell } from './Shell.tsx';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
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
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
