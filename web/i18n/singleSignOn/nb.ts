import type { Messages } from '../en.ts';

export const singleSignOnNb: Messages['singleSignOn'] = {
  title: 'Enkel pålogging (SSO)',
  description:
    'Personer med e-postadresse i ett av domenene deres logger på via identitetsleverandøren deres (OpenID Connect). Bare eksisterende kontoer i organisasjonen kan logge på slik; ingen opprettes eller får roller. Fullstendige administratorer logger fortsatt på med passord, så en leverandør som svikter, aldri låser dere ute.',
  on: 'På',
  off: 'Av',
  redirectUri: 'Omdirigerings-URI',
  redirectUriHint: 'Registrer denne adressen hos identitetsleverandøren som applikasjonens omdirigerings-URI.',
  copy: 'Kopier',
  copied: 'Kopiert',
  issuer: 'Utsteder-URL',
  issuerHint:
    'Leverandørens utstederidentifikator (https). Den kontrolleres med OpenID Connect discovery når dere lagrer.',
  clientId: 'Klient-ID',
  clientSecret: 'Klienthemmelighet',
  clientSecretHint: 'Hemmeligheten identitetsleverandøren ga denne applikasjonen.',
  clientSecretSet:
    'En hemmelighet er satt. La feltet stå tomt for å beholde den, eller skriv inn en ny for å erstatte den.',
  domains: 'E-postdomener',
  domainsHint:
    'Adresser i disse domenene logger på via denne leverandøren. Et domene kan bare høre til én organisasjon.',
  domainsPlaceholder: 'eksempel.no, deretter Enter',
  enabled: 'Bruk enkel pålogging',
  enabledHint: 'Av: alle logger på med passord igjen; innstillingene beholdes.',
  save: 'Lagre',
  saved: 'Enkel pålogging er lagret.',
  failed: 'Enkel pålogging kunne ikke lagres. Prøv igjen.',
  updated: 'Sist endret {{date}}',
  remove: 'Fjern enkel pålogging',
  removeTitle: 'Fjerne enkel pålogging?',
  removeBody:
    'Identitetsleverandøren og domenene fjernes. Alle logger på med passord igjen; de som aldri har hatt et, bruker «Glemt passord».',
  removed: 'Enkel pålogging er fjernet.',
  cancel: 'Avbryt',
  signIn: {
    continue: 'Fortsett med enkel pålogging',
    explanation: 'Organisasjonen din logger på via identitetsleverandøren sin. Du sendes dit og tilbake.',
    usePassword: 'Logg på med passord i stedet',
    errorTitle: 'Enkel pålogging logget deg ikke på',
    errors: {
      not_available: 'Enkel pålogging er ikke satt opp for denne e-postadressen. Logg på med passordet ditt.',
      provider_error: 'Identitetsleverandøren kunne ikke nås eller svarte med en feil. Prøv igjen senere.',
      cancelled: 'Påloggingen ble avbrutt hos identitetsleverandøren.',
      invalid_state: 'Denne påloggingen ble ikke startet her eller er allerede brukt. Start på nytt.',
      expired: 'Påloggingen tok for lang tid. Start på nytt.',
      email_not_accepted:
        'Identitetsleverandøren bekreftet ingen e-postadresse i organisasjonens domener. Spør administratoren din.',
      no_account:
        'Det finnes ingen Channel Hub-konto for denne e-postadressen i organisasjonen din. Be administratoren om å invitere deg.',
      account_disabled: 'Kontoen din er deaktivert. Spør administratoren din.',
      organisation_suspended: 'Organisasjonens tilgang til Channel Hub er suspendert.',
      rate_limited: 'For mange pålogginger er startet for denne adressen. Vent et minutt og prøv igjen.',
    },
  },
};
