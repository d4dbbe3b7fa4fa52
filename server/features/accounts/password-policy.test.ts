import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { newPassword } from '../../../domain/contracts/auth.ts';
import { checkNewPassword, hashPassword, isCommonPassword } from './password-policy.ts';

describe('the password rules (issue #10)', () => {
  it('asks for at least 12 characters', () => {
    expect(newPassword.safeParse('eleven-char').success).toBe(false);
    expect(newPassword.safeParse('twelve-chars').success).toBe(true);
  });

  it('refuses the most common passwords, whatever their case, naming the field', () => {
    expect(isCommonPassword('1234567890123')).toBe(false);
    for (const common of ['password1234', 'Qwertyuiop123', '123456789012']) {
      expect(isCommonPassword(common), common).toBe(true);
      expect(() => checkNewPassword(common, { email: 'ann@example.com' })).toThrow(
        expect.objectContaining({ status: 400, code: 'weak_password', field: 'password' }),
      );
    }
  });

  it('refuses the person’s own e-mail address or name, and accepts an uncommon passphrase', () => {
    expect(() => checkNewPassword('ann.lindqvist@example.com', { email: 'Ann.Lindqvist@example.com' })).toThrow();
    expect(() =>
      checkNewPassword('Ann Lindqvist', { email: 'a@example.com', name: 'ann lindqvist' }, 'newPassword'),
    ).toThrow(expect.objectContaining({ field: 'newPassword' }));
    expect(() =>
      checkNewPassword('harbour-lantern-47-violet', { email: 'ann@example.com', name: 'Ann' }),
    ).not.toThrow();
  });

  it('hashes with argon2id', async () => {
    const hashed = await hashPassword('harbour-lantern-47-violet');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await verify(hashed, 'harbour-lantern-47-violet')).toBe(true);
  });
});
