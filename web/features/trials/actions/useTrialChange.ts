/**
 * One change of a trial (REL-4): sends the version last read; on success refreshes every screen showing the
 * trial; on 409 (someone changed it in between) reloads the trial and says so in words, so the user can look
 * again and retry with the fresh version.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { refreshAfterTrialChange, type TrialDetail } from '../api.ts';

export function useTrialChange<TAnswer, TInput = void>(
  trial: TrialDetail,
  change: (input: TInput) => Promise<TAnswer>,
  onDone: (answer: TAnswer) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: change,
    onSuccess: async (answer) => {
      await refreshAfterTrialChange(queryClient, trial.customer.id);
      onDone(answer);
    },
    onError: async (error) => {
      // The trial screens (its detail among them) reload, so a retry sends the current version.
      if (isApiError(error) && error.status === 409) await refreshAfterTrialChange(queryClient, trial.customer.id);
    },
  });
  const error = mutation.error;
  // A version conflict (code `conflict`) is said in the user's language; other 409s (a state that no longer
  // allows the action) carry the server's reason. Either way the trial was reloaded.
  const versionConflict = isApiError(error) && error.status === 409 && error.code === 'conflict';
  const message =
    error === null
      ? null
      : versionConflict
        ? t('trials.actions.conflict')
        : isApiError(error)
          ? error.message
          : t('trials.actions.failed');
  const field = isApiError(error) ? error.field : undefined;
  return { mutation, message, field };
}
