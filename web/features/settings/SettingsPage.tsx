/** Settings (UI.md, Shell): the organisation's integrations; today its API tokens (NOT-3). */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isVendorOperator } from '../../../domain/roles.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSession } from '../auth/session.ts';
import { ApiTokensSection } from './ApiTokensSection.tsx';

export default function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(t('areas.settings.title'));
  // The server decides (api-tokens.policy.ts); this only spares others a refused request.
  const mayManageTokens =
    isVendorOperator(session) ||
    (session.organisation.kind === 'partner' && session.roles.includes('partner_full_admin'));
  return (
    <>
      <PageHeader title={t('areas.settings.title')} description={t('areas.settings.description')} />
      <Stack gap="lg">
        <ApiTokensSection mayManage={mayManageTokens} />
      </Stack>
    </>
  );
}
