/**
 * English: the reference language. Every other language file must have exactly these keys
 * (the type `Messages` below makes tsc check that).
 */
export const en = {
  app: {
    name: 'Channel Hub',
    tagline: 'Run your reseller channel: customers, trials, licences and analytics in one place.',
  },
  common: {
    loading: 'Loading…',
    notAvailableYet: 'Not available yet in this version.',
    skipToContent: 'Skip to main content',
    open: 'Open',
  },
  languages: {
    label: 'Language',
    current: 'Language: {{language}}',
    saved: 'Language saved',
    saveFailed: 'Your language could not be saved. Try again.',
  },
  colorScheme: {
    toDark: 'Switch to dark colour scheme',
    toLight: 'Switch to light colour scheme',
  },
  signIn: {
    heading: 'Sign in to Channel Hub',
    intro: 'Use the e-mail address and password of your Channel Hub account.',
    email: 'E-mail',
    emailPlaceholder: 'name@company.com',
    password: 'Password',
    submit: 'Sign in',
    errorTitle: 'You could not be signed in',
    errors: {
      emailRequired: 'Enter your e-mail address.',
      emailInvalid: 'Enter a valid e-mail address, such as name@company.com.',
      passwordRequired: 'Enter your password.',
      fieldInvalid: 'Check this field.',
      invalidCredentials: 'The e-mail address or password is not correct.',
      rateLimited: 'Too many sign-in attempts. Wait a moment and try again.',
      rateLimitedSeconds_one: 'Too many sign-in attempts. Try again in {{count}} second.',
      rateLimitedSeconds_other: 'Too many sign-in attempts. Try again in {{count}} seconds.',
      network: 'The server could not be reached. Check your connection and try again.',
      unexpected: 'Something went wrong on our side. Try again in a moment.',
    },
    footer: 'Self-hosted partner hub',
    features: {
      customers: 'Customers, subscriptions and trials in one list',
      analytics: 'Licence and usage analytics as usage arrives',
      selfHosted: 'Self-hosted: your data stays on your own servers',
    },
  },
  shell: {
    mainNavigation: 'Main navigation',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    collapseNavigation: 'Collapse navigation',
    expandNavigation: 'Expand navigation',
    vendorSection: 'Vendor',
    consoleSection: 'Your organisation',
    search: 'Search',
    searchButton: 'Search or jump to…',
    searchPlaceholder: 'Type an area, such as Customers',
    searchNothingFound: 'Nothing found',
    searchGroup: 'Go to',
    organisation: 'Organisation',
    userMenu: 'User menu',
    signedInAs: 'Signed in as',
    roles: 'Roles',
    signOut: 'Sign out',
    signOutFailed: 'You could not be signed out. Try again.',
  },
  orgKinds: {
    vendor: 'Vendor',
    partner: 'Partner',
    customer: 'Customer',
    consumer: 'Consumer',
  },
  partnerTiers: {
    tier1: 'Tier 1 partner',
    tier2: 'Tier 2 partner',
    distributor: 'Distributor',
  },
  roles: {
    vendor_operator: 'Vendor operator',
    partner_full_admin: 'Partner full administrator',
    partner_admin: 'Partner administrator',
    partner_read_only_admin: 'Partner read-only administrator',
    sales_admin: 'Sales administrator',
    sales_full_admin: 'Sales full administrator',
    customer_full_admin: 'Customer full administrator',
    customer_read_only_admin: 'Customer read-only administrator',
    workspace_admin: 'Workspace administrator',
    customer_activity: 'Customer activity',
    view_all_support_requests: 'View all support requests',
    learning_manager: 'Learning manager',
  },
  demoClock: {
    label: 'Demo clock: {{date}}',
    menuLabel: 'Move the demo clock forward',
    hint: 'Demo mode: dates follow the demo clock.',
    advance_one: '+{{count}} day',
    advance_other: '+{{count}} days',
    moved: 'The demo clock now shows {{date}}.',
    failed: 'The demo clock could not be moved.',
  },
  areas: {
    overview: {
      title: 'Overview',
      description: 'A summary of your channel: the customers that need you, trials and renewals.',
    },
    customers: {
      title: 'Customers',
      description: 'Every customer organisation you manage, with statuses, subscriptions, licences and tags.',
    },
    trials: {
      title: 'Trials',
      description: 'Start, edit, extend, convert and cancel trials for new and existing customers.',
    },
    analytics: {
      title: 'Analytics',
      description: 'Subscription and calling analytics: licence assignment, usage, renewals and call quality.',
    },
    insights: {
      title: 'Insights',
      description: 'Deployment and usage of licences per customer and product across your portfolio.',
    },
    activity: {
      title: 'Customer activity',
      description: 'Support agreements, their packages and how much of each entitlement has been used.',
    },
    resources: {
      title: 'Resources & help',
      description: 'Quick links, featured resources, searchable help and the partner helpdesk.',
    },
    administrators: {
      title: 'Administrators',
      description: 'The administrators of your organisation and their roles.',
    },
    settings: {
      title: 'Settings',
      description: 'Settings of your organisation and of your own account.',
    },
    partners: {
      title: 'Partners',
      description: 'Every partner organisation in the channel, with its tier and distributor.',
    },
    approvals: {
      title: 'Approvals',
      description: 'Device-trial extensions and other requests waiting for a vendor operator’s decision.',
    },
    deviceReturns: {
      title: 'Device returns',
      description: 'Devices due back from trials, returns recorded by serial number, and overdue returns.',
    },
    sentMail: {
      title: 'Sent mail',
      description: 'Every e-mail Channel Hub has sent, as it left the outbox.',
    },
    console: {
      title: 'Overview',
      description: 'Your organisation’s services, licences and pending trial requests.',
    },
    licences: {
      title: 'Licences',
      description: 'Licences bought, assigned and used for each of your services.',
    },
    users: {
      title: 'Users',
      description: 'The users of your organisation and their administrator roles.',
    },
    trialRequests: {
      title: 'Trial requests',
      description: 'Trial requests from partners that wait for you to accept or decline them.',
    },
  },
  overview: {
    welcome: 'Welcome, {{name}}',
    signedInTo: 'You are signed in to {{organisation}}.',
    organisation: 'Organisation',
    organisationType: 'Type',
    yourRoles: 'Your roles',
    today: 'Today',
    noRoles: 'No roles assigned',
    paletteTip: 'Use the navigation on the left, or press {{shortcut}} and type the name of the area you want to open.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
    back: 'Go to the start page',
  },
  error: {
    title: 'Something went wrong',
    body: 'This page could not be shown. Reload the page to try again.',
    reload: 'Reload',
  },
};

type Stringify<T> = { [K in keyof T]: T[K] extends string ? string : Stringify<T[K]> };
/** The shape every language must fill in. */
export type Messages = Stringify<typeof en>;
