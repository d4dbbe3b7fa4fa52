import { countries } from '../../domain/reference-data.ts';
import type { Random } from './random.ts';

/** Word lists for realistic generated names. Any combination is fictitious. */

const countryWeights: Readonly<Record<string, number>> = {
  DK: 14,
  NO: 10,
  SE: 8,
  HU: 8,
  DE: 12,
  NL: 6,
  FR: 6,
  GB: 10,
  US: 14,
  CA: 4,
  AU: 4,
  JP: 4,
};

/** Every country with how often it occurs among generated partners and customers (a new one: rarely). */
export const weightedCountries = countries.map((c) => [c, countryWeights[c.code] ?? 1] as const);

const companyFirst = [
  'Nordlys',
  'Kestrel',
  'Fjord',
  'Granite',
  'Aurora',
  'Harbour',
  'Juniper',
  'Copper',
  'Birch',
  'Meridian',
  'Vega',
  'Lumen',
  'Pioneer',
  'Summit',
  'Riverside',
  'Atlas',
  'Falcon',
  'Heron',
  'Oak',
  'Saga',
  'Duna',
  'Tisza',
  'Bakony',
  'Viking',
  'Solstice',
  'Polar',
  'Cobalt',
  'Evergreen',
  'Northwind',
  'Bluebird',
  'Cedar',
  'Orion',
  'Hansa',
  'Linden',
  'Mosaic',
  'Quarry',
  'Beacon',
  'Trident',
  'Willow',
  'Zenith',
];
const companySecond: Record<string, readonly string[]> = {
  Education: ['Academy', 'School', 'College', 'Learning'],
  Healthcare: ['Clinic', 'Dental Group', 'Health', 'Medical Centre'],
  'Financial services': ['Capital', 'Insurance', 'Savings Bank', 'Finance'],
  Government: ['Municipality', 'Region', 'Agency', 'County Council'],
  Manufacturing: ['Industries', 'Machining', 'Components', 'Works'],
  Retail: ['Stores', 'Market', 'Outlet', 'Fashion'],
  Technology: ['Software', 'Systems', 'Labs', 'Data'],
  'Professional services': ['Consulting', 'Advisory', 'Legal', 'Accounting'],
  Hospitality: ['Hotels', 'Restaurants', 'Resorts', 'Catering'],
  'Energy and utilities': ['Energy', 'Power', 'Utilities', 'Wind'],
  'Transportation and logistics': ['Logistics', 'Freight', 'Shipping', 'Transport'],
  'Non-profit': ['Foundation', 'Association', 'Trust', 'Society'],
  'Media and entertainment': ['Media', 'Studios', 'Broadcasting', 'Publishing'],
  Construction: ['Construction', 'Builders', 'Engineering', 'Property'],
};
const legalForms: Record<string, readonly string[]> = {
  DK: ['ApS', 'A/S'],
  NO: ['AS', 'ASA'],
  SE: ['AB'],
  HU: ['Kft.', 'Zrt.'],
  DE: ['GmbH', 'AG'],
  NL: ['B.V.'],
  FR: ['SAS', 'SARL'],
  GB: ['Ltd', 'plc'],
  US: ['Inc.', 'LLC'],
  CA: ['Inc.', 'Ltd'],
  AU: ['Pty Ltd'],
  JP: ['K.K.'],
};

const firstNames = [
  'Anna',
  'Mikkel',
  'Sofie',
  'Lars',
  'Ingrid',
  'Ole',
  'Freja',
  'Henrik',
  'Kari',
  'Jonas',
  'Eszter',
  'Bence',
  'Zsófia',
  'Gábor',
  'Emma',
  'Lukas',
  'Mia',
  'Felix',
  'Olivia',
  'James',
  'Amelia',
  'Noah',
  'Charlotte',
  'William',
  'Yuki',
  'Haruto',
  'Chloé',
  'Louis',
  'Sanne',
  'Daan',
  'Astrid',
  'Erik',
  'Nora',
  'Magnus',
  'Ida',
  'Petra',
  'Tamás',
  'Réka',
  'Grace',
  'Oliver',
];
const lastNames = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Larsen',
  'Johansen',
  'Olsen',
  'Berg',
  'Haugen',
  'Nagy',
  'Kovács',
  'Tóth',
  'Szabó',
  'Horváth',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Sato',
  'Suzuki',
  'Martin',
  'Bernard',
  'de Vries',
  'Jansen',
  'Lindqvist',
  'Eriksson',
  'Karlsson',
  'Dahl',
  'Lund',
  'Moreau',
  'Varga',
  'Walker',
  'Clarke',
  'Evans',
];

export interface CompanyName {
  name: string;
  /** A lower-case e-mail domain label, unique when `index` is unique. */
  domain: string;
}

export function companyName(rng: Random, vertical: string, countryCode: string, index: number): CompanyName {
  const first = rng.pick(companyFirst);
  const second = rng.pick(companySecond[vertical] ?? ['Group']);
  const legal = rng.pick(legalForms[countryCode] ?? ['Ltd']);
  const slug = `${first}-${second}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { name: `${first} ${second} ${legal}`, domain: `${slug}-${index}.example` };
}

export interface PersonName {
  name: string;
  /** The local part of an e-mail address (unique only together with `index`). */
  local: string;
}

/** "Zsófia" → "zsofia": e-mail local parts stay ASCII. */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
const firstLocals = firstNames.map(ascii);
const lastLocals = lastNames.map(ascii);

export function personName(rng: Random): PersonName {
  const first = rng.int(0, firstNames.length - 1);
  const last = rng.int(0, lastNames.length - 1);
  return { name: `${firstNames[first]} ${lastNames[last]}`, local: `${firstLocals[first]}.${lastLocals[last]}` };
}

export const partnerNameParts = {
  first: ['Blue', 'Nordic', 'Danube', 'Atlantic', 'Bright', 'Core', 'Crest', 'Delta', 'Echo', 'Prime', 'Swift', 'True'],
  second: ['Networks', 'Communications', 'IT', 'Solutions', 'Unified', 'Telecom', 'Cloud', 'Integration', 'Connect'],
};
