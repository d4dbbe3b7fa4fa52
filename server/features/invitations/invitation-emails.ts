import type { Locale } from '../../../domain/contracts/common.ts';
import type { Database } from '../../platform/db.ts';
import { localesOf, type OutgoingEmail } from '../../platform/mail/outbox.ts';

/** Issue #10, NOT-1: the e-mail that asks an inviter for a new invitation link, in the recipient's language. */

export const INVITATION_RENEWAL_REQUEST = 'invitation.renewal-request';

interface RenewalFacts {
  inviteeName: string;
  inviteeEmail: string;
  organisationName: string;
  /** The inviter's own organisation is the invitee's: the Administrators page resends; else the trial does. */
  sameOrganisation: boolean;
  publicUrl: string;
}

const renewal: Record<Locale, (f: RenewalFacts) => { subject: string; textBody: string }> = {
  en: (f) => ({
    subject: `${f.inviteeName} asks for a new invitation to ${f.organisationName}`,
    textBody: [
      'Hello,',
      '',
      `${f.inviteeName} (${f.inviteeEmail}) could not use their invitation to ${f.organisationName} in Channel Hub: the link has expired or was replaced. They ask for a new one.`,
      f.sameOrganisation
        ? `Send it with "Resend invitation" on the Administrators page: ${f.publicUrl}/administrators`
        : `Send it by resending the trial request, or ask their organisation's administrators: ${f.publicUrl}/trials`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  da: (f) => ({
    subject: `${f.inviteeName} beder om en ny invitation til ${f.organisationName}`,
    textBody: [
      'Hej',
      '',
      `${f.inviteeName} (${f.inviteeEmail}) kunne ikke bruge sin invitation til ${f.organisationName} i Channel Hub: linket er udløbet eller erstattet. Vedkommende beder om et nyt.`,
      f.sameOrganisation
        ? `Send det med "Send invitation igen" på siden Administratorer: ${f.publicUrl}/administrators`
        : `Send det ved at sende prøveperiodeanmodningen igen, eller spørg organisationens administratorer: ${f.publicUrl}/trials`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  nb: (f) => ({
    subject: `${f.inviteeName} ber om en ny invitasjon til ${f.organisationName}`,
    textBody: [
      'Hei,',
      '',
      `${f.inviteeName} (${f.inviteeEmail}) kunne ikke bruke invitasjonen sin til ${f.organisationName} i Channel Hub: lenken er utløpt eller erstattet. Vedkommende ber om en ny.`,
      f.sameOrganisation
        ? `Send den med «Send invitasjon på nytt» på siden Administratorer: ${f.publicUrl}/administrators`
        : `Send den ved å sende prøveperiodeforespørselen på nytt, eller spør organisasjonens administratorer: ${f.publicUrl}/trials`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  hu: (f) => ({
    subject: `${f.inviteeName} új meghívót kér ide: ${f.organisationName}`,
    textBody: [
      'Üdvözöljük!',
      '',
      `${f.inviteeName} (${f.inviteeEmail}) nem tudta használni a(z) ${f.organisationName} meghívóját a Channel Hubban: a link lejárt vagy lecserélték. Újat kér.`,
      f.sameOrganisation
        ? `Küldje el az Adminisztrátorok oldalon a „Meghívó újraküldése” gombbal: ${f.publicUrl}/administrators`
        : `Küldje el a próbaidőszak-kérés újraküldésével, vagy kérdezze a szervezet adminisztrátorait: ${f.publicUrl}/trials`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
};

export async function invitationRenewalEmails(
  tx: Database,
  recipients: readonly string[],
  facts: RenewalFacts & { organisationId: string },
): Promise<OutgoingEmail[]> {
  const locales = await localesOf(tx, recipients);
  return recipients.map((to) => {
    const locale = locales.get(to.toLowerCase()) ?? 'en';
    return {
      organisationId: facts.organisationId,
      to,
      locale,
      template: INVITATION_RENEWAL_REQUEST,
      ...renewal[locale](facts),
    };
  });
}
