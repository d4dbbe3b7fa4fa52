/**
 * Settings (UI.md, Shell): a partner's customer-status thresholds (CUS-2), the organisation's API tokens (NOT-3), its
 * webhooks (NOT-2) and its single sign-on (issue #10, full administrators).
 */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSession } from '../auth/session.ts';
import { SecurityPolicySection } from '../credentials/SecurityPolicySection.tsx';
import { SingleSignOnSection } from '../single-sign-on/SingleSignOnSection.tsx';
import { WebhooksSection } from '../webhooks/WebhooksSection.tsx';
import { ApiTokensSection } from './ApiTokensSection.tsx';
import { StatusThresholdsSection } from './StatusThresholdsSection.tsx';

export default function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(t('areas.settings.title'));
  // The server decides (api-tokens.policy.ts); this only spares others a refused request.
  const mayManageTokens = session.permissions.manageApiTokens;
  return (
    <>
      <PageHeader title={t('areas.settings.title')} description={t('areas.settings.description')} />
      <Stack gap="lg">
        {session.organisation.kind === 'partner' ? (
          <StatusThresholdsSection
            organisationId={session.organisation.id}
            mayChange={session.permissions.changeOrganisationSettings}
          />
        ) : null}
        <SecurityPolicySection mayChange={session.permissions.requireTwoFactor} />
        <ApiTokensSection mayManage={mayManageTokens} />
        {session.permissions.manageWebhooks ? (
          <WebhooksSection isOperator={session.organisation.kind === 'vendor'} />
        ) : null}
        {session.permissions.manageSingleSignOn ? <SingleSignOnSection /> : null}
      </Stack>
    </>
  );
}
