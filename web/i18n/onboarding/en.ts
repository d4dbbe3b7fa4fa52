/** The first-run page (/setup) and the invitation page (/invitations/{token}), issue #10. English, the reference. */
export const onboardingEn = {
  passwordHint: 'At least {{min}} characters. Not a common password, and not your e-mail address or name.',
  signIn: 'Go to sign-in',
  errors: {
    unexpected: 'Something went wrong. Try again.',
    network: 'The server could not be reached. Check your connection and try again.',
  },
  setup: {
    title: 'Set up Channel Hub',
    intro: 'Create your vendor organisation and its first operator account. You invite everybody else afterwards.',
    organisationSection: 'Your organisation',
    operatorSection: 'Your operator account',
    organisationName: 'Organisation name',
    country: 'Country',
    timeZone: 'Time zone',
    timeZoneHint: 'Dates and days are counted in this time zone.',
    name: 'Your name',
    email: 'Your e-mail address',
    password: 'Password',
    submit: 'Set up and sign in',
    done: 'Channel Hub is set up. Welcome, {{name}}!',
    validUntil: 'This setup link works once, until {{date}}.',
    noToken: {
      title: 'You need a setup link',
      body: 'The first operator sets Channel Hub up with a one-time link. The server prints one in its log when it starts without an operator. Or run this on the server for a link with your address:',
    },
    states: {
      notFound: 'This setup link is not known. Check that you copied all of it, or get a new one.',
      alreadySetUp: 'Channel Hub is set up already. Sign in, or ask an operator to invite you.',
      link_expired: 'This setup link has expired (links work for 24 hours). Run the command below for a new one.',
      link_used: 'This setup link has been used already.',
      link_revoked: 'A newer setup link replaced this one. Use the newest link.',
    },
  },
  invitation: {
    title: 'Join {{organisation}}',
    invitedBy:
      '{{inviter}} of {{inviterOrganisation}} has invited you, {{name}} ({{email}}), to administer {{organisation}} in Channel Hub.',
    invitedNoInviter: 'You, {{name}} ({{email}}), are invited to administer {{organisation}} in Channel Hub.',
    choosePassword: 'Choose your password: you are signed in straight away.',
    name: 'Your name',
    password: 'New password',
    submit: 'Set password and sign in',
    validUntil: 'This invitation works once, until {{date}}.',
    welcome: 'Welcome to {{organisation}}, {{name}}!',
    notFound: {
      title: 'This invitation is not known',
      body: 'Check that you opened the whole link from the e-mail. If it still does not work, ask whoever invited you for a new invitation.',
    },
    states: {
      expired: {
        title: 'This invitation has expired',
        body: 'Invitations work for 7 days. Ask for a new one: {{who}} gets your request by e-mail.',
      },
      used: {
        title: 'This invitation has been used already',
        body: 'If you chose your password with it, sign in. Otherwise ask for a new invitation: {{who}} gets your request by e-mail.',
      },
      revoked: {
        title: 'This invitation has been replaced',
        body: 'A newer invitation was sent, or this one was withdrawn. Use the newest e-mail, or ask for a new invitation: {{who}} gets your request by e-mail.',
      },
    },
    accepted: {
      title: 'You have accepted this invitation already',
      body: 'Your password is chosen: sign in with your e-mail address and it.',
    },
    whoFallback: 'your organisation’s administrators',
    suspended: {
      title: '{{organisation}} is suspended',
      body: 'Its administrators cannot sign in until it is reactivated. Contact your vendor.',
    },
    askNew: 'Ask for a new invitation',
    asked: 'Your request has been sent. A new invitation comes by e-mail.',
    alreadyAsked: 'A new invitation has been asked for already.',
    askFailed: 'The request could not be sent. Try again.',
  },
};
