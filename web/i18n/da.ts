import type { Messages } from './en.ts';

/** Dansk */
export const da: Messages = {
  app: {
    name: 'Channel Hub',
    tagline: 'Styr din forhandlerkanal: kunder, prøveversioner, licenser og analyser samlet ét sted.',
  },
  common: {
    loading: 'Indlæser…',
    notAvailableYet: 'Endnu ikke tilgængelig i denne version.',
    skipToContent: 'Gå til hovedindhold',
    open: 'Åbn',
  },
  languages: {
    label: 'Sprog',
    current: 'Sprog: {{language}}',
    saved: 'Sproget er gemt',
    saveFailed: 'Dit sprog kunne ikke gemmes. Prøv igen.',
  },
  colorScheme: {
    toDark: 'Skift til mørkt farvetema',
    toLight: 'Skift til lyst farvetema',
  },
  signIn: {
    heading: 'Log ind på Channel Hub',
    intro: 'Brug e-mailadressen og adgangskoden til din Channel Hub-konto.',
    email: 'E-mail',
    emailPlaceholder: 'navn@firma.dk',
    password: 'Adgangskode',
    submit: 'Log ind',
    errorTitle: 'Du kunne ikke logges ind',
    errors: {
      emailRequired: 'Angiv din e-mailadresse.',
      emailInvalid: 'Angiv en gyldig e-mailadresse, f.eks. navn@firma.dk.',
      passwordRequired: 'Angiv din adgangskode.',
      fieldInvalid: 'Kontrollér dette felt.',
      invalidCredentials: 'E-mailadressen eller adgangskoden er forkert.',
      rateLimited: 'For mange loginforsøg. Vent et øjeblik, og prøv igen.',
      rateLimitedSeconds_one: 'For mange loginforsøg. Prøv igen om {{count}} sekund.',
      rateLimitedSeconds_other: 'For mange loginforsøg. Prøv igen om {{count}} sekunder.',
      network: 'Serveren kunne ikke nås. Kontrollér din forbindelse, og prøv igen.',
      unexpected: 'Der opstod en fejl hos os. Prøv igen om et øjeblik.',
    },
    footer: 'Selvhostet partnerportal',
    features: {
      customers: 'Kunder, abonnementer og prøveversioner i én liste',
      analytics: 'Analyser af licenser og brug, efterhånden som data kommer ind',
      selfHosted: 'Selvhostet: dine data bliver på dine egne servere',
    },
  },
  shell: {
    mainNavigation: 'Hovednavigation',
    openNavigation: 'Åbn navigation',
    closeNavigation: 'Luk navigation',
    collapseNavigation: 'Skjul navigationens tekster',
    expandNavigation: 'Vis navigationens tekster',
    vendorSection: 'Leverandør',
    consoleSection: 'Din organisation',
    search: 'Søg',
    searchButton: 'Søg eller gå til…',
    searchPlaceholder: 'Skriv et område, f.eks. Kunder',
    searchNothingFound: 'Intet fundet',
    searchGroup: 'Gå til',
    organisation: 'Organisation',
    userMenu: 'Brugermenu',
    signedInAs: 'Logget ind som',
    roles: 'Roller',
    signOut: 'Log ud',
    signOutFailed: 'Du kunne ikke logges ud. Prøv igen.',
  },
  orgKinds: {
    vendor: 'Leverandør',
    partner: 'Partner',
    customer: 'Kunde',
    consumer: 'Forbruger',
  },
  partnerTiers: {
    tier1: 'Tier 1-partner',
    tier2: 'Tier 2-partner',
    distributor: 'Distributør',
  },
  roles: {
    vendor_operator: 'Leverandøroperatør',
    partner_full_admin: 'Fuld partneradministrator',
    partner_admin: 'Partneradministrator',
    partner_read_only_admin: 'Skrivebeskyttet partneradministrator',
    sales_admin: 'Salgsadministrator',
    sales_full_admin: 'Fuld salgsadministrator',
    customer_full_admin: 'Fuld kundeadministrator',
    customer_read_only_admin: 'Skrivebeskyttet kundeadministrator',
    workspace_admin: 'Arbejdsområdeadministrator',
    customer_activity: 'Kundeaktivitet',
    view_all_support_requests: 'Se alle supportanmodninger',
    learning_manager: 'Læringsleder',
  },
  demoClock: {
    label: 'Demour: {{date}}',
    menuLabel: 'Stil demouret frem',
    hint: 'Demotilstand: datoer følger demouret.',
    advance_one: '+{{count}} dag',
    advance_other: '+{{count}} dage',
    moved: 'Demouret viser nu {{date}}.',
    failed: 'Demouret kunne ikke stilles frem.',
  },
  areas: {
    overview: {
      title: 'Oversigt',
      description: 'Et overblik over din kanal: de kunder, der har brug for dig, prøveversioner og fornyelser.',
    },
    customers: {
      title: 'Kunder',
      description: 'Alle de kundeorganisationer, du administrerer, med statusser, abonnementer, licenser og mærker.',
    },
    trials: {
      title: 'Prøveversioner',
      description: 'Start, redigér, forlæng, konvertér og annullér prøveversioner for nye og eksisterende kunder.',
    },
    analytics: {
      title: 'Analyser',
      description: 'Analyser af abonnementer og opkald: licenstildeling, brug, fornyelser og opkaldskvalitet.',
    },
    insights: {
      title: 'Indsigt',
      description: 'Udrulning og brug af licenser pr. kunde og produkt på tværs af din portefølje.',
    },
    activity: {
      title: 'Kundeaktivitet',
      description: 'Supportaftaler, deres pakker og hvor meget af hver rettighed der er brugt.',
    },
    resources: {
      title: 'Ressourcer og hjælp',
      description: 'Hurtige links, udvalgte ressourcer, søgbar hjælp og partnerhelpdesken.',
    },
    administrators: {
      title: 'Administratorer',
      description: 'Din organisations administratorer og deres roller.',
    },
    settings: {
      title: 'Indstillinger',
      description: 'Indstillinger for din organisation og for din egen konto.',
    },
    partners: {
      title: 'Partnere',
      description: 'Alle partnerorganisationer i kanalen med deres tier og distributør.',
    },
    approvals: {
      title: 'Godkendelser',
      description:
        'Forlængelser af enhedsprøveversioner og andre anmodninger, der venter på en leverandøroperatørs afgørelse.',
    },
    deviceReturns: {
      title: 'Enhedsreturneringer',
      description:
        'Enheder, der skal returneres efter prøveversioner, returneringer registreret efter serienummer og forsinkede returneringer.',
    },
    sentMail: {
      title: 'Sendt post',
      description: 'Alle e-mails, som Channel Hub har sendt, som de forlod udbakken.',
    },
    console: {
      title: 'Oversigt',
      description: 'Din organisations tjenester, licenser og ventende anmodninger om prøveversioner.',
    },
    licences: {
      title: 'Licenser',
      description: 'Købte, tildelte og brugte licenser for hver af dine tjenester.',
    },
    users: {
      title: 'Brugere',
      description: 'Brugerne i din organisation og deres administratorroller.',
    },
    trialRequests: {
      title: 'Prøveanmodninger',
      description: 'Anmodninger om prøveversioner fra partnere, som venter på, at du accepterer eller afviser dem.',
    },
  },
  overview: {
    welcome: 'Velkommen, {{name}}',
    signedInTo: 'Du er logget ind på {{organisation}}.',
    organisation: 'Organisation',
    organisationType: 'Type',
    yourRoles: 'Dine roller',
    today: 'I dag',
    noRoles: 'Ingen roller tildelt',
    paletteTip:
      'Brug navigationen til venstre, eller tryk på {{shortcut}}, og skriv navnet på det område, du vil åbne.',
  },
  notFound: {
    title: 'Siden blev ikke fundet',
    body: 'Der er ingen side på denne adresse.',
    back: 'Gå til startsiden',
  },
  error: {
    title: 'Der opstod en fejl',
    body: 'Siden kunne ikke vises. Genindlæs siden for at prøve igen.',
    reload: 'Genindlæs',
  },
};
