/** Strings of single sign-on: the settings section and the sign-in page's steps (English, the reference). */
export const singleSignOnEn = {
  title: 'Single sign-on',
  description:
    'People whose e-mail address is in one of your domains sign in through your identity provider (OpenID Connect). Only existing accounts of your organisation can sign in this way; nobody is created or given roles. Full administrators keep signing in with their password, so a broken provider never locks you out.',
  on: 'On',
  off: 'Off',
  redirectUri: 'Redirect URI',
  redirectUriHint: 'Register this address with your identity provider as the application’s redirect URI.',
  copy: 'Copy',
  copied: 'Copied',
  issuer: 'Issuer URL',
  issuerHint: 'The provider’s issuer identifier (https). It is checked by OpenID Connect discovery when you save.',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  clientSecretHint: 'The secret your identity provider gave this application.',
  clientSecretSet: 'A secret is set. Leave this empty to keep it, or enter a new one to replace it.',
  domains: 'E-mail domains',
  domainsHint:
    'Addresses in these domains sign in through this provider. A domain can belong to one organisation only.',
  domainsPlaceholder: 'example.com, then Enter',
  enabled: 'Use single sign-on',
  enabledHint: 'Off: everyone signs in with their password again; the settings are kept.',
  save: 'Save',
  saved: 'Single sign-on saved.',
  failed: 'Single sign-on could not be saved. Try again.',
  updated: 'Last changed {{date}}',
  remove: 'Remove single sign-on',
  removeTitle: 'Remove single sign-on?',
  removeBody:
    'The identity provider and its domains are removed. Everyone signs in with their password again; people who never had one use “Forgot password”.',
  removed: 'Single sign-on removed.',
  cancel: 'Cancel',
  signIn: {
    continue: 'Continue with single sign-on',
    explanation: 'Your organisation signs in through its identity provider. You will be sent there and back.',
    usePassword: 'Sign in with a password instead',
    errorTitle: 'Single sign-on did not sign you in',
    errors: {
      not_available: 'Single sign-on is not set up for this e-mail address. Sign in with your password.',
      provider_error: 'Your identity provider could not be reached or answered with an error. Try again later.',
      cancelled: 'The sign-in was cancelled at your identity provider.',
      invalid_state: 'This sign-in was not started here or was already used. Start again.',
      expired: 'The sign-in took too long. Start again.',
      email_not_accepted:
        'Your identity provider did not confirm an e-mail address of your organisation’s domains. Ask your administrator.',
      no_account:
        'There is no Channel Hub account for this e-mail address in your organisation. Ask your administrator to invite you.',
      account_disabled: 'Your account is disabled. Ask your administrator.',
      organisation_suspended: 'Your organisation’s access to Channel Hub is suspended.',
      rate_limited: 'Too many sign-ins were started for this address. Wait a minute and try again.',
    },
  },
};
