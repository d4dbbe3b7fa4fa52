/**
 * "Start trial" wherever a trial can begin (Customers header, a customer's Trials tab, the Trials area). Shown
 * only to the roles that may start trials (TRI-2; the server checks again). The wizard's code loads on first use.
 */
import { Button, type ButtonProps } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import type { WizardCustomer } from './wizard/StartTrialWizard.tsx';

const StartTrialWizard = lazy(() => import('./wizard/StartTrialWizard.tsx'));

export function StartTrialButton({
  customer,
  variant = 'filled',
  size,
}: {
  customer?: WizardCustomer;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  if (!session.permissions.startTrials) return null;
  return (
    <>
      <Button
        variant={variant}
        size={size}
        leftSection={<IconFlask size={16} stroke={1.8} aria-hidden="true" />}
        onClick={() => {
          setLoaded(true);
          setOpened(true);
        }}
        data-testid="start-trial"
      >
        {t('trials.startTrial')}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <StartTrialWizard opened={opened} onClose={() => setOpened(false)} customer={customer} />
        </Suspense>
      ) : null}
    </>
  );
}
