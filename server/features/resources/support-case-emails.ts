import type { Locale } from '../../../domain/contracts/common.ts';
import { locales } from '../../../domain/contracts/common.ts';
import type { HelpdeskProduct } from '../../../domain/resources.ts';
import type { OutgoingEmail } from '../../platform/mail/outbox.ts';

/**
 * RES-2, NOT-1: what the requester of a helpdesk case is told — that it was received, answered or closed — in
 * their own language. Templates are named `helpdesk.<event>` on the Sent mail page.
 */

export type SupportCaseEmailEvent = 'received' | 'answered' | 'closed';

export interface SupportCaseEmailFacts {
  partnerId: string;
  to: string;
  locale: string;
  requesterName: string;
  reference: string;
  subject: string;
  product: HelpdeskProduct;
  /** The answer, or the closing note. */
  text?: string | null;
  /** Where the requester reads the case in the hub. */
  link: string;
}

/** Product names, the same in every language. */
const productNames: Record<HelpdeskProduct, string> = { calling: 'Calling', contact_center: 'Contact Center' };

type Facts = SupportCaseEmailFacts & { productName: string };
type Template = (f: Facts) => { subject: string; lines: string[] };

const quoted = (text: string | null | undefined) => (text ? ['', ...text.split('\n').map((l) => `> ${l}`)] : []);

const templates: Record<SupportCaseEmailEvent, Record<Locale, Template>> = {
  received: {
    en: (f) => ({
      subject: `${f.reference}: we received your helpdesk request`,
      lines: [
        `Hello ${f.requesterName},`,
        '',
        `The partner helpdesk received your ${f.productName} request "${f.subject}" as case ${f.reference}.`,
        'We answer by e-mail and on the Resources & help page:',
        f.link,
      ],
    }),
    da: (f) => ({
      subject: `${f.reference}: vi har modtaget din henvendelse til helpdesken`,
      lines: [
        `Hej ${f.requesterName}`,
        '',
        `Partnerhelpdesken har modtaget din henvendelse om ${f.productName} "${f.subject}" som sag ${f.reference}.`,
        'Vi svarer pr. e-mail og på siden Ressourcer og hjælp:',
        f.link,
      ],
    }),
    nb: (f) => ({
      subject: `${f.reference}: vi har mottatt henvendelsen din til helpdesken`,
      lines: [
        `Hei ${f.requesterName},`,
        '',
        `Partnerhelpdesken har mottatt henvendelsen din om ${f.productName} «${f.subject}» som sak ${f.reference}.`,
        'Vi svarer på e-post og på siden Ressurser og hjelp:',
        f.link,
      ],
    }),
    hu: (f) => ({
      subject: `${f.reference}: megkaptuk az ügyfélszolgálati kérését`,
      lines: [
        `Kedves ${f.requesterName}!`,
        '',
        `A partner-ügyfélszolgálat megkapta a(z) ${f.productName} témájú „${f.subject}” kérését (${f.reference}).`,
        'E-mailben és az Erőforrások és súgó oldalon válaszolunk:',
        f.link,
      ],
    }),
  },
  answered: {
    en: (f) => ({
      subject: `${f.reference}: the helpdesk answered "${f.subject}"`,
      lines: [
        `Hello ${f.requesterName},`,
        '',
        `The partner helpdesk answered your case ${f.reference} (${f.productName}):`,
        ...quoted(f.text),
        '',
        'Read the case on the Resources & help page:',
        f.link,
      ],
    }),
    da: (f) => ({
      subject: `${f.reference}: helpdesken har svaret på "${f.subject}"`,
      lines: [
        `Hej ${f.requesterName}`,
        '',
        `Partnerhelpdesken har svaret på din sag ${f.reference} (${f.productName}):`,
        ...quoted(f.text),
        '',
        'Læs sagen på siden Ressourcer og hjælp:',
        f.link,
      ],
    }),
    nb: (f) => ({
      subject: `${f.reference}: helpdesken har svart på «${f.subject}»`,
      lines: [
        `Hei ${f.requesterName},`,
        '',
        `Partnerhelpdesken har svart på saken din ${f.reference} (${f.productName}):`,
        ...quoted(f.text),
        '',
        'Les saken på siden Ressurser og hjelp:',
        f.link,
      ],
    }),
    hu: (f) => ({
      subject: `${f.reference}: az ügyfélszolgálat válaszolt: „${f.subject}”`,
      lines: [
        `Kedves ${f.requesterName}!`,
        '',
        `A partner-ügyfélszolgálat válaszolt a(z) ${f.reference} ügyére (${f.productName}):`,
        ...quoted(f.text),
        '',
        'Az ügyet az Erőforrások és súgó oldalon olvashatja:',
        f.link,
      ],
    }),
  },
  closed: {
    en: (f) => ({
      subject: `${f.reference}: your helpdesk case is closed`,
      lines: [
        `Hello ${f.requesterName},`,
        '',
        `The partner helpdesk closed your case ${f.reference} "${f.subject}" (${f.productName}).`,
        ...quoted(f.text),
        '',
        'If you still need help, send a new request from the Resources & help page:',
        f.link,
      ],
    }),
    da: (f) => ({
      subject: `${f.reference}: din sag hos helpdesken er lukket`,
      lines: [
        `Hej ${f.requesterName}`,
        '',
        `Partnerhelpdesken har lukket din sag ${f.reference} "${f.subject}" (${f.productName}).`,
        ...quoted(f.text),
        '',
        'Har du stadig brug for hjælp, så send en ny henvendelse fra siden Ressourcer og hjælp:',
        f.link,
      ],
    }),
    nb: (f) => ({
      subject: `${f.reference}: saken din hos helpdesken er lukket`,
      lines: [
        `Hei ${f.requesterName},`,
        '',
        `Partnerhelpdesken har lukket saken din ${f.reference} «${f.subject}» (${f.productName}).`,
        ...quoted(f.text),
        '',
        'Trenger du fortsatt hjelp, send en ny henvendelse fra siden Ressurser og hjelp:',
        f.link,
      ],
    }),
    hu: (f) => ({
      subject: `${f.reference}: ügyfélszolgálati ügye lezárult`,
      lines: [
        `Kedves ${f.requesterName}!`,
        '',
        `A partner-ügyfélszolgálat lezárta a(z) ${f.reference} „${f.subject}” ügyét (${f.productName}).`,
        ...quoted(f.text),
        '',
        'Ha továbbra is segítségre van szüksége, küldjön új kérést az Erőforrások és súgó oldalról:',
        f.link,
      ],
    }),
  },
};

export function supportCaseEmail(event: SupportCaseEmailEvent, facts: SupportCaseEmailFacts): OutgoingEmail {
  const locale: Locale = (locales as readonly string[]).includes(facts.locale) ? (facts.locale as Locale) : 'en';
  const rendered = templates[event][locale]({ ...facts, productName: productNames[facts.product] });
  return {
    organisationId: facts.partnerId,
    to: facts.to,
    locale,
    template: `helpdesk.${event}`,
    subject: rendered.subject,
    textBody: [...rendered.lines, '', 'Channel Hub'].join('\n'),
  };
}
