import type { onboardingEn } from './en.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const onboardingNb: Shape<typeof onboardingEn> = {
  passwordHint: 'Minst {{min}} tegn. Ikke et vanlig passord, og ikke e-postadressen eller navnet ditt.',
  signIn: 'Gå til pålogging',
  errors: {
    unexpected: 'Noe gikk galt. Prøv igjen.',
    network: 'Serveren kunne ikke nås. Sjekk tilkoblingen, og prøv igjen.',
  },
  setup: {
    title: 'Sett opp Channel Hub',
    intro: 'Opprett leverandørorganisasjonen og dens første operatørkonto. Alle andre inviterer du etterpå.',
    organisationSection: 'Organisasjonen din',
    operatorSection: 'Operatørkontoen din',
    organisationName: 'Organisasjonens navn',
    country: 'Land',
    timeZone: 'Tidssone',
    timeZoneHint: 'Datoer og dager telles i denne tidssonen.',
    name: 'Navnet ditt',
    email: 'E-postadressen din',
    password: 'Passord',
    submit: 'Sett opp og logg på',
    done: 'Channel Hub er satt opp. Velkommen, {{name}}!',
    validUntil: 'Denne oppsettlenken virker én gang, til {{date}}.',
    noToken: {
      title: 'Du trenger en oppsettlenke',
      body: 'Den første operatøren setter opp Channel Hub med en engangslenke. Serveren skriver en i loggen sin når den starter uten operatør. Eller kjør dette på serveren for en lenke med adressen din:',
    },
    states: {
      notFound: 'Denne oppsettlenken er ukjent. Sjekk at du kopierte hele, eller hent en ny.',
      alreadySetUp: 'Channel Hub er allerede satt opp. Logg på, eller be en operatør om å invitere deg.',
      link_expired: 'Denne oppsettlenken er utløpt (lenker virker i 24 timer). Kjør kommandoen nedenfor for en ny.',
      link_used: 'Denne oppsettlenken er allerede brukt.',
      link_revoked: 'En nyere oppsettlenke har erstattet denne. Bruk den nyeste lenken.',
    },
  },
  invitation: {
    title: 'Bli med i {{organisation}}',
    invitedBy:
      '{{inviter}} fra {{inviterOrganisation}} har invitert deg, {{name}} ({{email}}), til å administrere {{organisation}} i Channel Hub.',
    invitedNoInviter: 'Du, {{name}} ({{email}}), er invitert til å administrere {{organisation}} i Channel Hub.',
    choosePassword: 'Velg passordet ditt: du blir logget på med en gang.',
    name: 'Navnet ditt',
    password: 'Nytt passord',
    submit: 'Lagre passord og logg på',
    validUntil: 'Denne invitasjonen virker én gang, til {{date}}.',
    welcome: 'Velkommen til {{organisation}}, {{name}}!',
    notFound: {
      title: 'Denne invitasjonen er ukjent',
      body: 'Sjekk at du åpnet hele lenken fra e-posten. Virker den fortsatt ikke, be den som inviterte deg om en ny invitasjon.',
    },
    states: {
      expired: {
        title: 'Denne invitasjonen er utløpt',
        body: 'Invitasjoner virker i 7 dager. Be om en ny: {{who}} får forespørselen din på e-post.',
      },
      used: {
        title: 'Denne invitasjonen er allerede brukt',
        body: 'Har du valgt passord med den, logg på. Ellers be om en ny invitasjon: {{who}} får forespørselen din på e-post.',
      },
      revoked: {
        title: 'Denne invitasjonen er erstattet',
        body: 'En nyere invitasjon er sendt, eller denne er trukket tilbake. Bruk den nyeste e-posten, eller be om en ny invitasjon: {{who}} får forespørselen din på e-post.',
      },
    },
    accepted: {
      title: 'Du har allerede tatt imot denne invitasjonen',
      body: 'Passordet ditt er valgt: logg på med e-postadressen din og det.',
    },
    whoFallback: 'organisasjonens administratorer',
    suspended: {
      title: '{{organisation}} er suspendert',
      body: 'Administratorene kan ikke logge på før den er aktivert igjen. Kontakt leverandøren.',
    },
    askNew: 'Be om en ny invitasjon',
    asked: 'Forespørselen er sendt. En ny invitasjon kommer på e-post.',
    alreadyAsked: 'Det er allerede bedt om en ny invitasjon.',
    askFailed: 'Forespørselen kunne ikke sendes. Prøv igjen.',
  },
};
