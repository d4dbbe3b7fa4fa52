/**
 * Reference data of the product: the countries a customer can be in (with the data-residency region each
 * decides, TRI-1) and the company verticals. The server (start-trial's validation, the wizard's options) and
 * the demo data take them from here.
 */

export interface Country {
  code: string;
  name: string;
  /** Data-residency region (TRI-1). */
  region: string;
  timeZone: string;
  currency: string;
  phonePrefix: string;
}

export const countries: readonly Country[] = [
  {
    code: 'DK',
    name: 'Denmark',
    region: 'EU',
    timeZone: 'Europe/Copenhagen',
    currency: 'DKK',
    phonePrefix: '+45',
  },
  {
    code: 'NO',
    name: 'Norway',
    region: 'EU',
    timeZone: 'Europe/Oslo',
    currency: 'NOK',
    phonePrefix: '+47',
  },
  {
    code: 'SE',
    name: 'Sweden',
    region: 'EU',
    timeZone: 'Europe/Stockholm',
    currency: 'SEK',
    phonePrefix: '+46',
  },
  {
    code: 'HU',
    name: 'Hungary',
    region: 'EU',
    timeZone: 'Europe/Budapest',
    currency: 'HUF',
    phonePrefix: '+36',
  },
  {
    code: 'DE',
    name: 'Germany',
    region: 'EU',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    phonePrefix: '+49',
  },
  {
    code: 'NL',
    name: 'Netherlands',
    region: 'EU',
    timeZone: 'Europe/Amsterdam',
    currency: 'EUR',
    phonePrefix: '+31',
  },
  {
    code: 'FR',
    name: 'France',
    region: 'EU',
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    phonePrefix: '+33',
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    region: 'UK',
    timeZone: 'Europe/London',
    currency: 'GBP',
    phonePrefix: '+44',
  },
  {
    code: 'US',
    name: 'United States',
    region: 'US',
    timeZone: 'America/New_York',
    currency: 'USD',
    phonePrefix: '+1',
  },
  {
    code: 'CA',
    name: 'Canada',
    region: 'US',
    timeZone: 'America/Toronto',
    currency: 'CAD',
    phonePrefix: '+1',
  },
  {
    code: 'AU',
    name: 'Australia',
    region: 'APAC',
    timeZone: 'Australia/Sydney',
    currency: 'AUD',
    phonePrefix: '+61',
  },
  { code: 'JP', name: 'Japan', region: 'APAC', timeZone: 'Asia/Tokyo', currency: 'JPY', phonePrefix: '+81' },
];

/** The country of an ISO code; throws for one not in the list (reference data is code, not input). */
export const countryByCode = (code: string): Country => {
  const country = countries.find((c) => c.code === code);
  if (!country) throw new Error(`unknown country ${code}`);
  return country;
};

/** TRI-1's company verticals. */
export const verticals = [
  'Education',
  'Healthcare',
  'Financial services',
  'Government',
  'Manufacturing',
  'Retail',
  'Technology',
  'Professional services',
  'Hospitality',
  'Energy and utilities',
  'Transportation and logistics',
  'Non-profit',
  'Media and entertainment',
  'Construction',
] as const;
