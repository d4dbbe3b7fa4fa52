import type { onboardingEn } from './en.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const onboardingDa: Shape<typeof onboardingEn> = {
  passwordHint: 'Mindst {{min}} tegn. Ikke en almindelig adgangskode og ikke din e-mailadresse eller dit navn.',
  signIn: 'Gå til log ind',
  errors: {
    unexpected: 'Noget gik galt. Prøv igen.',
    network: 'Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.',
  },
  setup: {
    title: 'Opsæt Channel Hub',
    intro: 'Opret jeres leverandørorganisation og dens første operatørkonto. Alle andre inviterer du bagefter.',
    organisationSection: 'Jeres organisation',
    operatorSection: 'Din operatørkonto',
    organisationName: 'Organisationens navn',
    country: 'Land',
    timeZone: 'Tidszone',
    timeZoneHint: 'Datoer og dage tælles i denne tidszone.',
    name: 'Dit navn',
    email: 'Din e-mailadresse',
    password: 'Adgangskode',
    submit: 'Opsæt og log ind',
    done: 'Channel Hub er sat op. Velkommen, {{name}}!',
    validUntil: 'Dette opsætningslink virker én gang, indtil {{date}}.',
    noToken: {
      title: 'Du skal bruge et opsætningslink',
      body: 'Den første operatør sætter Channel Hub op med et engangslink. Serveren skriver et i sin log, når den starter uden operatør. Eller kør dette på serveren for at få et link med din adresse:',
    },
    states: {
      notFound: 'Dette opsætningslink kendes ikke. Tjek, at du kopierede det hele, eller hent et nyt.',
      alreadySetUp: 'Channel Hub er allerede sat op. Log ind, eller bed en operatør om at invitere dig.',
      link_expired:
        'Dette opsætningslink er udløbet (links virker i 24 timer). Kør kommandoen nedenfor for at få et nyt.',
      link_used: 'Dette opsætningslink er allerede brugt.',
      link_revoked: 'Et nyere opsætningslink har erstattet dette. Brug det nyeste link.',
    },
  },
  invitation: {
    title: 'Bliv en del af {{organisation}}',
    invitedBy:
      '{{inviter}} fra {{inviterOrganisation}} har inviteret dig, {{name}} ({{email}}), til at administrere {{organisation}} i Channel Hub.',
    invitedNoInviter: 'Du, {{name}} ({{email}}), er inviteret til at administrere {{organisation}} i Channel Hub.',
    choosePassword: 'Vælg din adgangskode: du bliver logget ind med det samme.',
    name: 'Dit navn',
    password: 'Ny adgangskode',
    submit: 'Gem adgangskode og log ind',
    validUntil: 'Denne invitation virker én gang, indtil {{date}}.',
    welcome: 'Velkommen til {{organisation}}, {{name}}!',
    notFound: {
      title: 'Denne invitation kendes ikke',
      body: 'Tjek, at du åbnede hele linket fra e-mailen. Virker det stadig ikke, så bed den, der inviterede dig, om en ny invitation.',
    },
    states: {
      expired: {
        title: 'Denne invitation er udløbet',
        body: 'Invitationer virker i 7 dage. Bed om en ny: {{who}} får din anmodning på e-mail.',
      },
      used: {
        title: 'Denne invitation er allerede brugt',
        body: 'Har du valgt din adgangskode med den, så log ind. Ellers bed om en ny invitation: {{who}} får din anmodning på e-mail.',
      },
      revoked: {
        title: 'Denne invitation er erstattet',
        body: 'Der er sendt en nyere invitation, eller denne er trukket tilbage. Brug den nyeste e-mail, eller bed om en ny invitation: {{who}} får din anmodning på e-mail.',
      },
    },
    accepted: {
      title: 'Du har allerede taget imod denne invitation',
      body: 'Din adgangskode er valgt: log ind med din e-mailadresse og den.',
    },
    whoFallback: 'jeres organisations administratorer',
    suspended: {
      title: '{{organisation}} er suspenderet',
      body: 'Dens administratorer kan ikke logge ind, før den er genaktiveret. Kontakt jeres leverandør.',
    },
    askNew: 'Bed om en ny invitation',
    asked: 'Din anmodning er sendt. En ny invitation kommer på e-mail.',
    alreadyAsked: 'Der er allerede bedt om en ny invitation.',
    askFailed: 'Anmodningen kunne ikke sendes. Prøv igen.',
  },
};
