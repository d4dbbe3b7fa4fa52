import type { Clock } from '../../../domain/clock.ts';
import type { Locale } from '../../../domain/contracts/common.ts';
import type { Database } from '../../platform/db.ts';
import { enqueueEmails, localesOf } from '../../platform/mail/outbox.ts';

/**
 * The trial e-mails (TRI-5, TRI-7, TRI-10, TRI-12…TRI-15), each a subject and a plain-text body in the
 * recipient's language (en, da, nb, hu). Templates are named `trial.<event>` on the Sent mail page.
 */

export interface TrialEmailFacts {
  customerName: string;
  partnerName: string;
  trialNumber: string;
  services: readonly string[];
  /** The trial's end; absent before the trial starts. */
  endsAt?: Date | null;
  /** TRI-7: when the consent request lapses. */
  respondBy?: Date | null;
  /** TRI-15: when the trial's resources are released. */
  releaseAt?: Date | null;
  /** Dates are written as calendar days of this zone (the partner's, X-4). */
  timeZone?: string;
}

interface Rendered {
  subject: string;
  body: string;
}
type Text = (f: TrialEmailFacts & { date: (d?: Date | null) => string; list: string }) => Rendered;

const dateLocales: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', nb: 'nb-NO', hu: 'hu-HU' };
const signature: Record<Locale, string> = {
  en: '\n\n— Channel Hub',
  da: '\n\n— Channel Hub',
  nb: '\n\n— Channel Hub',
  hu: '\n\n— Channel Hub',
};

const templates = {
  /** TRI-5: to the given address, and to every full administrator when it is none. */
  'trial.consent-request': {
    en: (f) => ({
      subject: `${f.partnerName} asks to start a trial of ${f.list}`,
      body: `${f.partnerName} would like to start trial ${f.trialNumber} of ${f.list} for ${f.customerName}.\n\nA full administrator of ${f.customerName} can accept or decline the request after signing in to Channel Hub. When accepting, you choose whether ${f.partnerName} gets full administration of your organisation or provisioning administration only.\n\nPlease answer by ${f.date(f.respondBy)}; after that the request is cancelled automatically.`,
    }),
    da: (f) => ({
      subject: `${f.partnerName} beder om at starte en prøveperiode med ${f.list}`,
      body: `${f.partnerName} vil gerne starte prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName}.\n\nEn fuld administrator hos ${f.customerName} kan acceptere eller afvise anmodningen efter at have logget ind i Channel Hub. Når du accepterer, vælger du, om ${f.partnerName} får fuld administration af jeres organisation eller kun klargøringsadministration.\n\nSvar venligst senest ${f.date(f.respondBy)}; derefter annulleres anmodningen automatisk.`,
    }),
    nb: (f) => ({
      subject: `${f.partnerName} ber om å starte en prøveperiode med ${f.list}`,
      body: `${f.partnerName} ønsker å starte prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName}.\n\nEn full administrator hos ${f.customerName} kan godta eller avslå forespørselen etter å ha logget på Channel Hub. Når du godtar, velger du om ${f.partnerName} får full administrasjon av organisasjonen deres eller bare klargjøringsadministrasjon.\n\nSvar innen ${f.date(f.respondBy)}; etter det kanselleres forespørselen automatisk.`,
    }),
    hu: (f) => ({
      subject: `${f.partnerName} próbaidőszakot kezdeményez: ${f.list}`,
      body: `${f.partnerName} szeretné elindítani a(z) ${f.trialNumber} próbaidőszakot (${f.list}) a(z) ${f.customerName} számára.\n\nA(z) ${f.customerName} teljes jogú rendszergazdája a Channel Hubba bejelentkezve elfogadhatja vagy elutasíthatja a kérést. Elfogadáskor eldöntheti, hogy a(z) ${f.partnerName} teljes adminisztrációt vagy csak kiépítési adminisztrációt kap.\n\nKérjük, válaszoljon eddig: ${f.date(f.respondBy)}; utána a kérés automatikusan törlődik.`,
    }),
  },
  /** TRI-1: the new customer's administrator. */
  'trial.welcome': {
    en: (f) => ({
      subject: `Your trial of ${f.list} has started`,
      body: `${f.partnerName} has started trial ${f.trialNumber} of ${f.list} for ${f.customerName}. It runs until ${f.date(f.endsAt)}.\n\nSign in to Channel Hub to finish setting up your services.`,
    }),
    da: (f) => ({
      subject: `Jeres prøveperiode med ${f.list} er startet`,
      body: `${f.partnerName} har startet prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName}. Den løber til ${f.date(f.endsAt)}.\n\nLog ind i Channel Hub for at gøre opsætningen af jeres tjenester færdig.`,
    }),
    nb: (f) => ({
      subject: `Prøveperioden deres med ${f.list} har startet`,
      body: `${f.partnerName} har startet prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName}. Den varer til ${f.date(f.endsAt)}.\n\nLogg på Channel Hub for å fullføre oppsettet av tjenestene.`,
    }),
    hu: (f) => ({
      subject: `Elindult a próbaidőszak: ${f.list}`,
      body: `A(z) ${f.partnerName} elindította a(z) ${f.trialNumber} próbaidőszakot (${f.list}) a(z) ${f.customerName} számára. Vége: ${f.date(f.endsAt)}.\n\nJelentkezzen be a Channel Hubba a szolgáltatások beállításának befejezéséhez.`,
    }),
  },
  /** TRI-10: every administrator of a paying customer. */
  'trial.started': {
    en: (f) => ({
      subject: `A trial of ${f.list} has begun`,
      body: `${f.partnerName} has added trial ${f.trialNumber} of ${f.list} to ${f.customerName}. It runs until ${f.date(f.endsAt)}.`,
    }),
    da: (f) => ({
      subject: `En prøveperiode med ${f.list} er begyndt`,
      body: `${f.partnerName} har tilføjet prøveperiode ${f.trialNumber} med ${f.list} til ${f.customerName}. Den løber til ${f.date(f.endsAt)}.`,
    }),
    nb: (f) => ({
      subject: `En prøveperiode med ${f.list} har begynt`,
      body: `${f.partnerName} har lagt til prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName}. Den varer til ${f.date(f.endsAt)}.`,
    }),
    hu: (f) => ({
      subject: `Próbaidőszak indult: ${f.list}`,
      body: `A(z) ${f.partnerName} hozzáadta a(z) ${f.trialNumber} próbaidőszakot (${f.list}) a(z) ${f.customerName} szervezethez. Vége: ${f.date(f.endsAt)}.`,
    }),
  },
  'trial.consent-accepted': {
    en: (f) => ({
      subject: `${f.customerName} accepted trial ${f.trialNumber}`,
      body: `${f.customerName} accepted trial ${f.trialNumber} of ${f.list}. It runs until ${f.date(f.endsAt)}.`,
    }),
    da: (f) => ({
      subject: `${f.customerName} har accepteret prøveperiode ${f.trialNumber}`,
      body: `${f.customerName} har accepteret prøveperiode ${f.trialNumber} med ${f.list}. Den løber til ${f.date(f.endsAt)}.`,
    }),
    nb: (f) => ({
      subject: `${f.customerName} har godtatt prøveperiode ${f.trialNumber}`,
      body: `${f.customerName} har godtatt prøveperiode ${f.trialNumber} med ${f.list}. Den varer til ${f.date(f.endsAt)}.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.customerName} elfogadta a(z) ${f.trialNumber} próbaidőszakot`,
      body: `A(z) ${f.customerName} elfogadta a(z) ${f.trialNumber} próbaidőszakot (${f.list}). Vége: ${f.date(f.endsAt)}.`,
    }),
  },
  'trial.consent-declined': {
    en: (f) => ({
      subject: `${f.customerName} declined trial ${f.trialNumber}`,
      body: `${f.customerName} declined trial ${f.trialNumber} of ${f.list}.`,
    }),
    da: (f) => ({
      subject: `${f.customerName} har afvist prøveperiode ${f.trialNumber}`,
      body: `${f.customerName} har afvist prøveperiode ${f.trialNumber} med ${f.list}.`,
    }),
    nb: (f) => ({
      subject: `${f.customerName} har avslått prøveperiode ${f.trialNumber}`,
      body: `${f.customerName} har avslått prøveperiode ${f.trialNumber} med ${f.list}.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.customerName} elutasította a(z) ${f.trialNumber} próbaidőszakot`,
      body: `A(z) ${f.customerName} elutasította a(z) ${f.trialNumber} próbaidőszakot (${f.list}).`,
    }),
  },
  /** TRI-7. */
  'trial.consent-lapsed': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} was cancelled: no consent within 10 days`,
      body: `${f.customerName} did not answer the request for trial ${f.trialNumber} of ${f.list} within 10 days. The trial was cancelled and the customer removed from your list.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er annulleret: intet samtykke inden for 10 dage`,
      body: `${f.customerName} svarede ikke på anmodningen om prøveperiode ${f.trialNumber} med ${f.list} inden for 10 dage. Prøveperioden er annulleret, og kunden er fjernet fra jeres liste.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er kansellert: ikke samtykke innen 10 dager`,
      body: `${f.customerName} svarte ikke på forespørselen om prøveperiode ${f.trialNumber} med ${f.list} innen 10 dager. Prøveperioden er kansellert, og kunden er fjernet fra listen deres.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak törölve: 10 napon belül nem érkezett hozzájárulás`,
      body: `A(z) ${f.customerName} 10 napon belül nem válaszolt a(z) ${f.trialNumber} próbaidőszak (${f.list}) kérésére. A próbaidőszak törölve lett, az ügyfél lekerült a listájáról.`,
    }),
  },
  /** TRI-14: to the other side of whoever cancelled. */
  'trial.cancelled': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} was cancelled`,
      body: `Trial ${f.trialNumber} of ${f.list} (${f.customerName}, ${f.partnerName}) was cancelled.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er annulleret`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} (${f.customerName}, ${f.partnerName}) er annulleret.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er kansellert`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} (${f.customerName}, ${f.partnerName}) er kansellert.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak törölve`,
      body: `A(z) ${f.trialNumber} próbaidőszak (${f.list}; ${f.customerName}, ${f.partnerName}) törölve lett.`,
    }),
  },
  /** TRI-15: customer and partner admins, 7 days before the end. */
  'trial.ending-soon': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} ends in 7 days`,
      body: `Trial ${f.trialNumber} of ${f.list} for ${f.customerName} ends on ${f.date(f.endsAt)}. Convert it to a subscription to keep the services and their data.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} slutter om 7 dage`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter ${f.date(f.endsAt)}. Konvertér den til et abonnement for at beholde tjenesterne og deres data.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} slutter om 7 dager`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter ${f.date(f.endsAt)}. Konverter den til et abonnement for å beholde tjenestene og dataene.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak 7 nap múlva lejár`,
      body: `A(z) ${f.customerName} ${f.trialNumber} próbaidőszaka (${f.list}) ekkor jár le: ${f.date(f.endsAt)}. Alakítsa előfizetéssé, hogy a szolgáltatások és adataik megmaradjanak.`,
    }),
  },
  /** TRI-15: customer and partner admins, on the end date. */
  'trial.ended': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} ends today`,
      body: `Trial ${f.trialNumber} of ${f.list} for ${f.customerName} ends today. For 30 days it can still be converted to a subscription; on ${f.date(f.releaseAt)} its users, licences, meeting site, admin roles and calling configuration are released, and this cannot be undone.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} slutter i dag`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter i dag. I 30 dage kan den stadig konverteres til et abonnement; den ${f.date(f.releaseAt)} frigives brugere, licenser, mødewebsted, administratorroller og opkaldskonfiguration, og det kan ikke fortrydes.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} slutter i dag`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter i dag. I 30 dager kan den fortsatt konverteres til et abonnement; ${f.date(f.releaseAt)} frigis brukere, lisenser, møtenettsted, administratorroller og samtalekonfigurasjon, og det kan ikke angres.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak ma lejár`,
      body: `A(z) ${f.customerName} ${f.trialNumber} próbaidőszaka (${f.list}) ma lejár. Még 30 napig előfizetéssé alakítható; ${f.date(f.releaseAt)} napon a felhasználók, licencek, értekezlet-webhely, rendszergazdai szerepkörök és hívásbeállítások felszabadulnak, és ez nem vonható vissza.`,
    }),
  },
  /** TRI-15: the trial's users, 30 days after the end. */
  'trial.users-release': {
    en: (f) => ({
      subject: `Your ${f.customerName} trial account is being released`,
      body: `The trial of ${f.list} at ${f.customerName} ended 30 days ago and was not converted. Your account moves to the free consumer organisation and your trial licences end. Phone numbers are kept for 15 more days.`,
    }),
    da: (f) => ({
      subject: `Din prøvekonto hos ${f.customerName} frigives`,
      body: `Prøveperioden med ${f.list} hos ${f.customerName} sluttede for 30 dage siden og blev ikke konverteret. Din konto flyttes til den gratis forbrugerorganisation, og dine prøvelicenser ophører. Telefonnumre beholdes i 15 dage mere.`,
    }),
    nb: (f) => ({
      subject: `Prøvekontoen din hos ${f.customerName} frigis`,
      body: `Prøveperioden med ${f.list} hos ${f.customerName} sluttet for 30 dager siden og ble ikke konvertert. Kontoen din flyttes til den gratis forbrukerorganisasjonen, og prøvelisensene dine opphører. Telefonnumre beholdes i 15 dager til.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.customerName} próbafiókja felszabadul`,
      body: `A(z) ${f.customerName} próbaidőszaka (${f.list}) 30 napja lejárt, és nem lett előfizetéssé alakítva. Fiókja átkerül az ingyenes fogyasztói szervezetbe, próbalicencei megszűnnek. A telefonszámokat további 15 napig megőrizzük.`,
    }),
  },
  'trial.extended': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} was extended`,
      body: `Trial ${f.trialNumber} of ${f.list} for ${f.customerName} now ends on ${f.date(f.endsAt)}.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er forlænget`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter nu ${f.date(f.endsAt)}.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er forlenget`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} slutter nå ${f.date(f.endsAt)}.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak meghosszabbítva`,
      body: `A(z) ${f.customerName} ${f.trialNumber} próbaidőszaka (${f.list}) új lejárata: ${f.date(f.endsAt)}.`,
    }),
  },
  'trial.extension-rejected': {
    en: (f) => ({
      subject: `The extension of trial ${f.trialNumber} was not approved`,
      body: `The vendor did not approve extending device trial ${f.trialNumber} (${f.customerName}). It still ends on ${f.date(f.endsAt)}.`,
    }),
    da: (f) => ({
      subject: `Forlængelsen af prøveperiode ${f.trialNumber} blev ikke godkendt`,
      body: `Leverandøren godkendte ikke forlængelsen af enhedsprøveperiode ${f.trialNumber} (${f.customerName}). Den slutter stadig ${f.date(f.endsAt)}.`,
    }),
    nb: (f) => ({
      subject: `Forlengelsen av prøveperiode ${f.trialNumber} ble ikke godkjent`,
      body: `Leverandøren godkjente ikke forlengelsen av enhetsprøveperiode ${f.trialNumber} (${f.customerName}). Den slutter fortsatt ${f.date(f.endsAt)}.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak meghosszabbítását nem hagyták jóvá`,
      body: `A gyártó nem hagyta jóvá a(z) ${f.trialNumber} eszköz-próbaidőszak (${f.customerName}) meghosszabbítását. Lejárata továbbra is: ${f.date(f.endsAt)}.`,
    }),
  },
  /** TRI-13: a tier-2 partner's conversion, to its distributor's full administrators. */
  'trial.conversion-requested': {
    en: (f) => ({
      subject: `${f.partnerName} asks you to convert trial ${f.trialNumber}`,
      body: `${f.partnerName} sent trial ${f.trialNumber} of ${f.list} for ${f.customerName} for conversion to a subscription. Complete it under Trials → Conversions in Channel Hub.`,
    }),
    da: (f) => ({
      subject: `${f.partnerName} beder jer konvertere prøveperiode ${f.trialNumber}`,
      body: `${f.partnerName} har sendt prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} til konvertering til et abonnement. Gennemfør den under Prøveperioder → Konverteringer i Channel Hub.`,
    }),
    nb: (f) => ({
      subject: `${f.partnerName} ber dere konvertere prøveperiode ${f.trialNumber}`,
      body: `${f.partnerName} har sendt prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} til konvertering til et abonnement. Fullfør den under Prøveperioder → Konverteringer i Channel Hub.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.partnerName} a(z) ${f.trialNumber} próbaidőszak átalakítását kéri`,
      body: `A(z) ${f.partnerName} előfizetéssé alakításra küldte a(z) ${f.customerName} ${f.trialNumber} próbaidőszakát (${f.list}). A Channel Hubban a Próbaidőszakok → Átalakítások alatt fejezheti be.`,
    }),
  },
  'trial.converted': {
    en: (f) => ({
      subject: `Trial ${f.trialNumber} is now a subscription`,
      body: `Trial ${f.trialNumber} of ${f.list} for ${f.customerName} was converted to a subscription. Users, licences and usage data stay as they are.`,
    }),
    da: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er nu et abonnement`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} er konverteret til et abonnement. Brugere, licenser og forbrugsdata forbliver som de er.`,
    }),
    nb: (f) => ({
      subject: `Prøveperiode ${f.trialNumber} er nå et abonnement`,
      body: `Prøveperiode ${f.trialNumber} med ${f.list} for ${f.customerName} er konvertert til et abonnement. Brukere, lisenser og bruksdata forblir som de er.`,
    }),
    hu: (f) => ({
      subject: `A(z) ${f.trialNumber} próbaidőszak előfizetéssé vált`,
      body: `A(z) ${f.customerName} ${f.trialNumber} próbaidőszaka (${f.list}) előfizetéssé alakult. A felhasználók, licencek és használati adatok megmaradnak.`,
    }),
  },
} satisfies Record<string, Record<Locale, Text>>;

export type TrialEmailTemplate = keyof typeof templates;
export const trialEmailTemplates = Object.keys(templates) as TrialEmailTemplate[];

/** Issue #10: the paragraph for a recipient who has no password yet, with their one-time invitation link. */
const invitationParagraph: Record<Locale, (link: string) => string> = {
  en: (link) =>
    `\n\nAn account has been set up for you with this e-mail address. Choose your password here (the link works once, for 7 days):\n${link}`,
  da: (link) =>
    `\n\nDer er oprettet en konto til dig med denne e-mailadresse. Vælg din adgangskode her (linket virker én gang, i 7 dage):\n${link}`,
  nb: (link) =>
    `\n\nDet er opprettet en konto til deg med denne e-postadressen. Velg passordet ditt her (lenken virker én gang, i 7 dager):\n${link}`,
  hu: (link) =>
    `\n\nEzzel az e-mail-címmel létrehoztunk Önnek egy fiókot. Itt választhat jelszót (a link egyszer, 7 napig használható):\n${link}`,
};

export function renderTrialEmail(
  template: TrialEmailTemplate,
  locale: Locale,
  facts: TrialEmailFacts,
  invitationLink?: string,
) {
  const format = new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: facts.timeZone ?? 'UTC' });
  const text = templates[template][locale]({
    ...facts,
    date: (d) => (d ? format.format(d) : '—'),
    list: new Intl.ListFormat(dateLocales[locale], { type: 'conjunction' }).format(facts.services),
  });
  const invitation = invitationLink ? invitationParagraph[locale](invitationLink) : '';
  return { subject: text.subject, textBody: `${text.body}${invitation}${signature[locale]}` };
}

/** Queues `template` to each distinct address, rendered in its owner's language, in the caller's transaction. */
export async function queueTrialEmails(
  tx: Database,
  clock: Clock,
  input: {
    organisationId: string;
    template: TrialEmailTemplate;
    to: readonly string[];
    facts: TrialEmailFacts;
    /** One-time invitation links by lowercased address, for recipients without a password (trial-invitations.ts). */
    invitationLinks?: ReadonlyMap<string, string>;
  },
) {
  const addresses = [...new Map(input.to.map((a) => [a.toLowerCase(), a])).values()];
  if (addresses.length === 0) return;
  const locales = await localesOf(tx, addresses);
  await enqueueEmails(
    tx,
    clock,
    addresses.map((to) => {
      const locale = locales.get(to.toLowerCase()) ?? 'en';
      return {
        organisationId: input.organisationId,
        to,
        locale,
        template: input.template,
        ...renderTrialEmail(input.template, locale, input.facts, input.invitationLinks?.get(to.toLowerCase())),
      };
    }),
  );
}
