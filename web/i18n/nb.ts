import type { Messages } from './en.ts';

/** Norsk bokmål */
export const nb: Messages = {
  app: {
    name: 'Channel Hub',
    tagline: 'Styr forhandlerkanalen din: kunder, prøveversjoner, lisenser og analyser samlet på ett sted.',
  },
  common: {
    loading: 'Laster inn …',
    notAvailableYet: 'Ikke tilgjengelig ennå i denne versjonen.',
    skipToContent: 'Gå til hovedinnholdet',
    open: 'Åpne',
  },
  languages: {
    label: 'Språk',
    current: 'Språk: {{language}}',
    saved: 'Språket er lagret',
    saveFailed: 'Språket ditt kunne ikke lagres. Prøv igjen.',
  },
  colorScheme: {
    toDark: 'Bytt til mørkt fargetema',
    toLight: 'Bytt til lyst fargetema',
  },
  signIn: {
    heading: 'Logg på Channel Hub',
    intro: 'Bruk e-postadressen og passordet til Channel Hub-kontoen din.',
    email: 'E-post',
    emailPlaceholder: 'navn@firma.no',
    password: 'Passord',
    submit: 'Logg på',
    errorTitle: 'Du kunne ikke logges på',
    errors: {
      emailRequired: 'Skriv inn e-postadressen din.',
      emailInvalid: 'Skriv inn en gyldig e-postadresse, for eksempel navn@firma.no.',
      passwordRequired: 'Skriv inn passordet ditt.',
      fieldInvalid: 'Kontroller dette feltet.',
      invalidCredentials: 'E-postadressen eller passordet er feil.',
      rateLimited: 'For mange påloggingsforsøk. Vent litt, og prøv igjen.',
      rateLimitedSeconds_one: 'For mange påloggingsforsøk. Prøv igjen om {{count}} sekund.',
      rateLimitedSeconds_other: 'For mange påloggingsforsøk. Prøv igjen om {{count}} sekunder.',
      network: 'Serveren kunne ikke nås. Kontroller tilkoblingen, og prøv igjen.',
      unexpected: 'Noe gikk galt hos oss. Prøv igjen om litt.',
    },
    footer: 'Selvdriftet partnerportal',
    features: {
      customers: 'Kunder, abonnementer og prøveversjoner i én liste',
      analytics: 'Analyse av lisenser og bruk etter hvert som dataene kommer inn',
      selfHosted: 'Selvdriftet: dataene dine blir på dine egne servere',
    },
  },
  shell: {
    mainNavigation: 'Hovednavigasjon',
    openNavigation: 'Åpne navigasjonen',
    closeNavigation: 'Lukk navigasjonen',
    collapseNavigation: 'Skjul navigasjonstekstene',
    expandNavigation: 'Vis navigasjonstekstene',
    vendorSection: 'Leverandør',
    consoleSection: 'Organisasjonen din',
    search: 'Søk',
    searchButton: 'Søk eller gå til …',
    searchPlaceholder: 'Skriv et område, for eksempel Kunder',
    searchNothingFound: 'Ingen treff',
    searchGroup: 'Gå til',
    organisation: 'Organisasjon',
    userMenu: 'Brukermeny',
    signedInAs: 'Pålogget som',
    roles: 'Roller',
    signOut: 'Logg av',
    signOutFailed: 'Du kunne ikke logges av. Prøv igjen.',
  },
  orgKinds: {
    vendor: 'Leverandør',
    partner: 'Partner',
    customer: 'Kunde',
    consumer: 'Forbruker',
  },
  partnerTiers: {
    tier1: 'Tier 1-partner',
    tier2: 'Tier 2-partner',
    distributor: 'Distributør',
  },
  roles: {
    vendor_operator: 'Leverandøroperatør',
    partner_full_admin: 'Full partneradministrator',
    partner_admin: 'Partneradministrator',
    partner_read_only_admin: 'Skrivebeskyttet partneradministrator',
    sales_admin: 'Salgsadministrator',
    sales_full_admin: 'Full salgsadministrator',
    customer_full_admin: 'Full kundeadministrator',
    customer_read_only_admin: 'Skrivebeskyttet kundeadministrator',
    workspace_admin: 'Arbeidsområdeadministrator',
    customer_activity: 'Kundeaktivitet',
    view_all_support_requests: 'Se alle brukerstøtteforespørsler',
    learning_manager: 'Opplæringsansvarlig',
  },
  demoClock: {
    label: 'Demoklokke: {{date}}',
    menuLabel: 'Still demoklokken fram',
    hint: 'Demomodus: datoer følger demoklokken.',
    advance_one: '+{{count}} dag',
    advance_other: '+{{count}} dager',
    moved: 'Demoklokken viser nå {{date}}.',
    failed: 'Demoklokken kunne ikke stilles fram.',
  },
  areas: {
    overview: {
      title: 'Oversikt',
      description: 'En oppsummering av kanalen din: kundene som trenger deg, prøveversjoner og fornyelser.',
    },
    customers: {
      title: 'Kunder',
      description: 'Alle kundeorganisasjonene du administrerer, med statuser, abonnementer, lisenser og etiketter.',
    },
    trials: {
      title: 'Prøveversjoner',
      description: 'Start, rediger, forleng, konverter og avbryt prøveversjoner for nye og eksisterende kunder.',
    },
    analytics: {
      title: 'Analyse',
      description: 'Analyse av abonnementer og samtaler: lisenstilordning, bruk, fornyelser og samtalekvalitet.',
    },
    insights: {
      title: 'Innsikt',
      description: 'Utrulling og bruk av lisenser per kunde og produkt i hele porteføljen din.',
    },
    activity: {
      title: 'Kundeaktivitet',
      description: 'Støtteavtaler, pakkene deres og hvor mye av hver rettighet som er brukt.',
    },
    resources: {
      title: 'Ressurser og hjelp',
      description: 'Hurtigkoblinger, utvalgte ressurser, søkbar hjelp og partnerbrukerstøtten.',
    },
    administrators: {
      title: 'Administratorer',
      description: 'Administratorene i organisasjonen din og rollene deres.',
    },
    settings: {
      title: 'Innstillinger',
      description: 'Innstillinger for organisasjonen din og for din egen konto.',
    },
    partners: {
      title: 'Partnere',
      description: 'Alle partnerorganisasjonene i kanalen, med tier og distributør.',
    },
    approvals: {
      title: 'Godkjenninger',
      description:
        'Forlengelser av enhetsprøveversjoner og andre forespørsler som venter på en leverandøroperatørs avgjørelse.',
    },
    deviceReturns: {
      title: 'Enhetsreturer',
      description:
        'Enheter som skal returneres etter prøveversjoner, returer registrert etter serienummer og forsinkede returer.',
    },
    sentMail: {
      title: 'Sendt e-post',
      description: 'All e-post Channel Hub har sendt, slik den forlot utboksen.',
    },
    console: {
      title: 'Oversikt',
      description: 'Tjenestene, lisensene og ventende forespørsler om prøveversjoner i organisasjonen din.',
    },
    licences: {
      title: 'Lisenser',
      description: 'Kjøpte, tilordnede og brukte lisenser for hver av tjenestene dine.',
    },
    users: {
      title: 'Brukere',
      description: 'Brukerne i organisasjonen din og administratorrollene deres.',
    },
    trialRequests: {
      title: 'Prøveforespørsler',
      description: 'Forespørsler om prøveversjoner fra partnere som venter på at du godtar eller avslår dem.',
    },
  },
  overview: {
    welcome: 'Velkommen, {{name}}',
    signedInTo: 'Du er pålogget {{organisation}}.',
    organisation: 'Organisasjon',
    organisationType: 'Type',
    yourRoles: 'Rollene dine',
    today: 'I dag',
    noRoles: 'Ingen roller tildelt',
    paletteTip: 'Bruk navigasjonen til venstre, eller trykk på {{shortcut}} og skriv navnet på området du vil åpne.',
  },
  notFound: {
    title: 'Fant ikke siden',
    body: 'Det finnes ingen side på denne adressen.',
    back: 'Gå til startsiden',
  },
  error: {
    title: 'Noe gikk galt',
    body: 'Siden kunne ikke vises. Last inn siden på nytt for å prøve igjen.',
    reload: 'Last inn på nytt',
  },
};
