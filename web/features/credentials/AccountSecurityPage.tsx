/** /account/security (user menu): the signed-in user's password and two-factor sign-in. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { ChangePasswordSection } from './ChangePasswordSection.tsx';
import { TwoFactorSection } from './TwoFactorSection.tsx';

export default function AccountSecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('credentials.security.title'));
  return (
    <>
      <PageHeader title={t('credentials.security.title')} description={t('credentials.security.description')} />
      <Stack gap="lg">
        <ChangePasswordSection />
        <TwoFactorSection />
      </Stack>
    </>
  );
}
