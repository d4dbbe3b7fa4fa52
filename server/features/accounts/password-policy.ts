import { hash } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/errors.ts';

/**
 * Issue #10, REL-5: the rules for a password someone chooses, beyond the contract's length (`newPassword` in
 * domain/contracts/auth.ts): not one of the ~50,000 most common passwords (zxcvbn-ts's list, from npm), and not the
 * person's own e-mail address or name. Every route that sets a password calls this before hashing.
 */
const commonPasswords = new Set<string>(dictionary['passwords-common'].map((p: string) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

export function checkNewPassword(
  password: string,
  person: { email: string; name?: string | null },
  field = 'password',
) {
  const lowered = password.toLowerCase().trim();
  const personal = [person.email.toLowerCase(), person.email.split('@')[0]?.toLowerCase(), person.name?.toLowerCase()];
  if (isCommonPassword(password) || personal.some((value) => value && lowered === value.trim())) {
    throw new AppError(
      400,
      'weak_password',
      'This password is too common or too easy to guess. Choose a longer or less predictable one.',
      field,
    );
  }
}

/** argon2id with the library's defaults, as the sign-in check expects. */
export const hashPassword = (password: string): Promise<string> => hash(password);
