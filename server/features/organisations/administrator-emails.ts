import { eq } from 'drizzle-orm';
import type { Locale } from '../../../domain/contracts/common.ts';
import type { Actor } from '../../../domain/roles.ts';
import { organisations, users } from '../../db/schema/index.ts';
import type { Database } from '../../platform/db.ts';
import { localesOf, type OutgoingEmail } from '../../platform/mail/outbox.ts';

/** ORG-2, NOT-1: the e-mail an invited administrator receives, in their language. */

export const ADMINISTRATOR_INVITATION = 'administrator.invitation';

interface InvitationFacts {
  inviteeName: string;
  inviterName: string;
  inviterEmail: string;
  organisationName: string;
  /** The one-time link on which the invitee chooses a password (valid 7 days). */
  link: string;
}

const invitation: Record<Locale, (f: InvitationFacts) => { subject: string; textBody: string }> = {
  en: (f) => ({
    subject: `You are invited to administer ${f.organisationName} in Channel Hub`,
    textBody: [
      `Hello ${f.inviteeName},`,
      '',
      `${f.inviterName} (${f.inviterEmail}) has invited you to be an administrator of ${f.organisationName} in Channel Hub.`,
      'An account has been set up for you with this e-mail address. Choose your password here (the link works once, for 7 days):',
      f.link,
      '',
      `If you did not expect this invitation, you can ignore this message or ask ${f.inviterName}.`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  da: (f) => ({
    subject: `Du er inviteret som administrator for ${f.organisationName} i Channel Hub`,
    textBody: [
      `Hej ${f.inviteeName}`,
      '',
      `${f.inviterName} (${f.inviterEmail}) har inviteret dig til at være administrator for ${f.organisationName} i Channel Hub.`,
      'Der er oprettet en konto til dig med denne e-mailadresse. Vælg din adgangskode her (linket virker én gang, i 7 dage):',
      f.link,
      '',
      `Hvis du ikke ventede denne invitation, kan du se bort fra beskeden eller spørge ${f.inviterName}.`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  nb: (f) => ({
    subject: `Du er invitert som administrator for ${f.organisationName} i Channel Hub`,
    textBody: [
      `Hei ${f.inviteeName},`,
      '',
      `${f.inviterName} (${f.inviterEmail}) har invitert deg til å være administrator for ${f.organisationName} i Channel Hub.`,
      'Det er opprettet en konto til deg med denne e-postadressen. Velg passordet ditt her (lenken virker én gang, i 7 dager):',
      f.link,
      '',
      `Hvis du ikke ventet denne invitasjonen, kan du se bort fra meldingen eller spørre ${f.inviterName}.`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  hu: (f) => ({
    subject: `Meghívást kapott a(z) ${f.organisationName} adminisztrátorának a Channel Hubban`,
    textBody: [
      `Kedves ${f.inviteeName}!`,
      '',
      `${f.inviterName} (${f.inviterEmail}) meghívta Önt, hogy legyen a(z) ${f.organisationName} adminisztrátora a Channel Hubban.`,
      'Ezzel az e-mail-címmel létrehoztunk Önnek egy fiókot. Itt választhat jelszót (a link egyszer, 7 napig használható):',
      f.link,
      '',
      `Ha nem számított erre a meghívásra, hagyja figyelmen kívül ezt az üzenetet, vagy kérdezze meg: ${f.inviterName}.`,
      '',
      'Channel Hub',
    ].join('\n'),
  }),
};

/**
 * The invitation for `invitee`, in the language stored for that address: a returning administrator keeps the
 * language they chose, a new one gets English (the account default) until they choose another.
 */
export async function administratorInvitationEmail(
  tx: Database,
  actor: Actor,
  invitee: { email: string; name: string; organisationId: string; link: string },
): Promise<OutgoingEmail> {
  const [inviter] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, actor.userId));
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, invitee.organisationId));
  if (!inviter || !organisation) throw new Error('the inviting administrator or the organisation was not found');
  const locale = (await localesOf(tx, [invitee.email])).get(invitee.email.toLowerCase()) ?? 'en';
  return {
    organisationId: invitee.organisationId,
    to: invitee.email,
    locale,
    template: ADMINISTRATOR_INVITATION,
    ...invitation[locale]({
      inviteeName: invitee.name,
      inviterName: inviter.name,
      inviterEmail: inviter.email,
      organisationName: organisation.name,
      link: invitee.link,
    }),
  };
}
