/** Route guard: the signed-in part of the app. No session → /sign-in (remembering where the user was going). */
import { Alert, Box, Button, Center, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { SessionContext, useSessionQuery } from '../features/auth/session.ts';
import { switchLocale } from '../i18n/index.ts';

export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  const locale = session.data?.user.locale;

  // The language is saved per user: follow it whenever the session says so.
  useEffect(() => {
    if (locale) void switchLocale(locale);
  }, [locale]);

  if (session.isPending) {
    return (
      <Box p="xl">
        <PageSkeleton />
      </Box>
    );
  }
  if (session.isError && session.data === undefined) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} aria-hidden="true" />}
            title={t('error.title')}
            role="alert"
          >
            {t('signIn.errors.network')}
          </Alert>
          <Button onClick={() => void session.refetch()} loading={session.isFetching}>
            {t('error.reload')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return (
    <SessionContext.Provider value={session.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
