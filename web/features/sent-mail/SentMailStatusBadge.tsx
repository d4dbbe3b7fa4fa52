/** A message's delivery status as a badge with colour and text, and the reason in its tooltip. */
import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/Badges.tsx';
import type { SentMailItem } from './api.ts';
import { useDateTime } from './dateTime.ts';

type Shown = 'queued' | 'retrying' | 'notSent' | 'sent' | 'failed';

const colours: Record<Shown, string> = {
  queued: 'blue',
  retrying: 'orange',
  notSent: 'gray',
  sent: 'green',
  failed: 'red',
};

/** What the operator should read: a pending row is "not sent" without SMTP, "retrying" after a refusal. */
function shownStatus(item: Pick<SentMailItem, 'status' | 'attempts'>, smtpConfigured: boolean): Shown {
  if (item.status !== 'pending') return item.status;
  if (!smtpConfigured) return 'notSent';
  return item.attempts > 0 ? 'retrying' : 'queued';
}

export function SentMailStatusBadge({ item, smtpConfigured }: { item: SentMailItem; smtpConfigured: boolean }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const shown = shownStatus(item, smtpConfigured);
  const hint = t(`sentMail.statusHints.${shown}`, {
    when: dateTime(shown === 'sent' ? item.sentAt : item.nextAttemptAt),
    attempts: item.attempts,
  });
  const detail = item.lastError && shown !== 'sent' ? `${hint} ${item.lastError}` : hint;
  return (
    <Tooltip label={detail} multiline maw={360} withinPortal>
      <ToneBadge colour={colours[shown]} data-status={shown}>
        {t(`sentMail.statuses.${shown}`)}
      </ToneBadge>
    </Tooltip>
  );
}
