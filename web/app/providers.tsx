/** Everything the app runs inside: Mantine (theme, colour scheme, notifications), TanStack Query, i18next. */
import {
  Drawer,
  localStorageColorSchemeManager,
  MantineProvider,
  Modal,
  mergeThemeOverrides,
  Notification,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError, setUnauthorizedHandler } from '../api/client.ts';
import { sessionQueryKey } from '../features/auth/session.ts';
import { i18next } from '../i18n/index.ts';
import { cssVariablesResolver, theme } from './theme.ts';

const retry = (failureCount: number, error: unknown) => {
  // A 4xx answer will not change by asking again.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
};

const queryClient = new QueryClient({
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

/** The theme with the words Mantine's components need for screen readers, in the current language. */
function useLocalizedTheme() {
  const [language, setLanguage] = useState(i18next.language);
  useEffect(() => {
    i18next.on('languageChanged', setLanguage);
    return () => i18next.off('languageChanged', setLanguage);
  }, []);
  return useMemo(() => {
    const closeButtonProps = { 'aria-label': i18next.t('common.close', { lng: language }) };
    return mergeThemeOverrides(theme, {
      components: {
        Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
      },
    });
  }, [language]);
}

export function AppProviders({ children }: { children: ReactNode }) {
  const localizedTheme = useLocalizedTheme();
  useEffect(() => {
    setUnauthorizedHandler(dropSession);
    return () => setUnauthorizedHandler(null);
  }, []);

  return (
    <I18nextProvider i18n={i18next}>
      <MantineProvider
        theme={localizedTheme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        colorSchemeManager={colorSchemeManager}
      >
        <Notifications position="top-right" limit={4} />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
