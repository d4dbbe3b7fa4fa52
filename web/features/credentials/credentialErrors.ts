/** The server's refusals of credentials, in the user's language (the server's own messages are English). */
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client.ts';

const translated: Record<string, string> = {
  wrong_password: 'credentials.errors.wrongPassword',
  weak_password: 'credentials.errors.weakPassword',
  invalid_code: 'credentials.wrongCode',
  two_factor_required: 'credentials.errors.required',
};

export function credentialErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('credentials.unexpected');
  if (error.status === 429) return t('credentials.rateLimited');
  const key = translated[error.code];
  return key ? (t(key as 'credentials.unexpected') as string) : error.message;
}

/** Puts a refusal that names a field of the form on that field (translated) and focuses it; false otherwise. */
export function placeCredentialError<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  error: unknown,
  t: TFunction,
): boolean {
  if (!isApiError(error) || !error.field || !(error.field in form.getValues())) return false;
  form.setFieldError(error.field, credentialErrorText(error, t));
  form.getInputNode(error.field)?.focus();
  return true;
}
