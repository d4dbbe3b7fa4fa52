import type { Locale } from '../../../domain/contracts/common.ts';
import type { OutgoingEmail } from '../../platform/mail/outbox.ts';

/** Issue #10, NOT-1: the password reset e-mail, in the recipient's language. */

export const PASSWORD_RESET = 'account.password-reset';

interface ResetFacts {
  name: string;
  /** The one-time link (valid 1 hour). */
  link: string;
}

const reset: Record<Locale, (f: ResetFacts) => { subject: string; textBody: string }> = {
  en: (f) => ({
    subject: 'Choose a new Channel Hub password',
    textBody: [
      `Hello ${f.name},`,
      '',
      'Someone asked to reset the password of your Channel Hub account. Choose a new password here (the link works once, for 1 hour):',
      f.link,
      '',
      'If you did not ask for this, ignore this message: your password stays as it is.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  da: (f) => ({
    subject: 'Vælg en ny adgangskode til Channel Hub',
    textBody: [
      `Hej ${f.name}`,
      '',
      'Nogen har bedt om at nulstille adgangskoden til din Channel Hub-konto. Vælg en ny adgangskode her (linket virker én gang, i 1 time):',
      f.link,
      '',
      'Hvis det ikke var dig, kan du se bort fra beskeden: din adgangskode forbliver uændret.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  nb: (f) => ({
    subject: 'Velg et nytt passord for Channel Hub',
    textBody: [
      `Hei ${f.name},`,
      '',
      'Noen har bedt om å tilbakestille passordet til Channel Hub-kontoen din. Velg et nytt passord her (lenken virker én gang, i 1 time):',
      f.link,
      '',
      'Hvis det ikke var deg, kan du se bort fra meldingen: passordet ditt forblir uendret.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  hu: (f) => ({
    subject: 'Válasszon új Channel Hub-jelszót',
    textBody: [
      `Kedves ${f.name}!`,
      '',
      'Valaki a Channel Hub-fiókja jelszavának visszaállítását kérte. Itt választhat új jelszót (a link egyszer, 1 óráig használható):',
      f.link,
      '',
      'Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: a jelszava nem változik.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
};

export function passwordResetEmail(user: {
  organisationId: string;
  email: string;
  name: string;
  locale: string;
  link: string;
}): OutgoingEmail {
  const locale: Locale = user.locale in reset ? (user.locale as Locale) : 'en';
  return {
    organisationId: user.organisationId,
    to: user.email,
    locale,
    template: PASSWORD_RESET,
    ...reset[locale]({ name: user.name, link: user.link }),
  };
}
