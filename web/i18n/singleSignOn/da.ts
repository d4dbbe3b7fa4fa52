import type { Messages } from '../en.ts';

export const singleSignOnDa: Messages['singleSignOn'] = {
  title: 'Single sign-on',
  description:
    'Personer, hvis e-mailadresse er i et af jeres domæner, logger ind via jeres identitetsudbyder (OpenID Connect). Kun eksisterende konti i jeres organisation kan logge ind på denne måde; ingen oprettes eller får roller. Fulde administratorer logger fortsat ind med deres adgangskode, så en fejlende udbyder aldrig låser jer ude.',
  on: 'Til',
  off: 'Fra',
  redirectUri: 'Redirect-URI',
  redirectUriHint: 'Registrér denne adresse hos jeres identitetsudbyder som applikationens redirect-URI.',
  copy: 'Kopiér',
  copied: 'Kopieret',
  issuer: 'Issuer-URL',
  issuerHint: 'Udbyderens issuer-identifikator (https). Den kontrolleres med OpenID Connect discovery, når I gemmer.',
  clientId: 'Klient-id',
  clientSecret: 'Klienthemmelighed',
  clientSecretHint: 'Den hemmelighed, jeres identitetsudbyder gav denne applikation.',
  clientSecretSet:
    'En hemmelighed er angivet. Lad feltet være tomt for at beholde den, eller angiv en ny for at erstatte den.',
  domains: 'E-maildomæner',
  domainsHint: 'Adresser i disse domæner logger ind via denne udbyder. Et domæne kan kun høre til én organisation.',
  domainsPlaceholder: 'eksempel.dk, derefter Enter',
  enabled: 'Brug single sign-on',
  enabledHint: 'Fra: alle logger ind med deres adgangskode igen; indstillingerne bevares.',
  save: 'Gem',
  saved: 'Single sign-on er gemt.',
  failed: 'Single sign-on kunne ikke gemmes. Prøv igen.',
  updated: 'Senest ændret {{date}}',
  remove: 'Fjern single sign-on',
  removeTitle: 'Fjern single sign-on?',
  removeBody:
    'Identitetsudbyderen og dens domæner fjernes. Alle logger ind med deres adgangskode igen; den, der aldrig har haft en, bruger “Glemt adgangskode”.',
  removed: 'Single sign-on er fjernet.',
  cancel: 'Annullér',
  signIn: {
    continue: 'Fortsæt med single sign-on',
    explanation: 'Din organisation logger ind via sin identitetsudbyder. Du sendes derhen og tilbage igen.',
    usePassword: 'Log ind med adgangskode i stedet',
    errorTitle: 'Single sign-on loggede dig ikke ind',
    errors: {
      not_available: 'Single sign-on er ikke sat op for denne e-mailadresse. Log ind med din adgangskode.',
      provider_error: 'Din identitetsudbyder kunne ikke nås eller svarede med en fejl. Prøv igen senere.',
      cancelled: 'Login blev annulleret hos din identitetsudbyder.',
      invalid_state: 'Dette login blev ikke startet her eller er allerede brugt. Start forfra.',
      expired: 'Login tog for lang tid. Start forfra.',
      email_not_accepted:
        'Din identitetsudbyder bekræftede ikke en e-mailadresse i din organisations domæner. Spørg din administrator.',
      no_account:
        'Der findes ingen Channel Hub-konto for denne e-mailadresse i din organisation. Bed din administrator om at invitere dig.',
      account_disabled: 'Din konto er deaktiveret. Spørg din administrator.',
      organisation_suspended: 'Din organisations adgang til Channel Hub er suspenderet.',
      rate_limited: 'Der er startet for mange login for denne adresse. Vent et minut, og prøv igen.',
    },
  },
};
