/** Everything the app runs inside: Mantine (theme, colour scheme, notifications), TanStack Query, i18next. */
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError, setUnauthorizedHandler } from '../api/client.ts';
import { sessionQueryKey } from '../features/auth/session.ts';
import { i18next } from '../i18n/index.ts';
import { theme } from './theme.ts';

const retry = (failureCount: number, error: unknown) => {
  // A 4xx answer will not change by asking again.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  mutationCache: new MutationCache(),
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

/** A 401 from any call: the session is gone; drop every cached answer and show the sign-in page. */
function dropSession(): void {
  queryClient.setQueryData(sessionQueryKey, null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
}

const colorSchemeManager = localStorageColorSchemeManager({ key: 'channel-hub.color-scheme' });

export function AppProviders({ children }: { children: ReactNode }) {
  useEffect(() => {
    setUnauthorizedHandler(dropSession);
    return () => setUnauthorizedHandler(null);
  }, []);

  return (
    <I18nextProvider i18n={i18next}>
      <MantineProvider theme={theme} defaultColorScheme="light" colorSchemeManager={colorSchemeManager}>
        <Notifications position="top-right" limit={4} />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
