import { deviceTypes, services } from '../db/schema/index.ts';
import type { Database } from '../platform/db.ts';

/** The demo product catalogue of SPEC §1. The catalogue is data: an installation may change these rows. */
export const catalogueServices = [
  { id: 'messaging', name: 'Messaging', parentServiceId: null, licenceUnit: 'user', trialable: true, isDevice: false },
  { id: 'meetings', name: 'Meetings', parentServiceId: null, licenceUnit: 'host', trialable: true, isDevice: false },
  {
    id: 'meetings-enterprise',
    name: 'Meetings Enterprise edition',
    parentServiceId: 'meetings',
    licenceUnit: 'host',
    trialable: true,
    isDevice: false,
  },
  {
    id: 'meetings-1000',
    name: '1000-participant meetings',
    parentServiceId: 'meetings',
    licenceUnit: 'host',
    trialable: false,
    isDevice: false,
  },
  {
    id: 'meetings-assistant',
    name: 'Assistant for meetings',
    parentServiceId: 'meetings',
    licenceUnit: 'user',
    trialable: true,
    isDevice: false,
  },
  { id: 'calling', name: 'Calling', parentServiceId: null, licenceUnit: 'user', trialable: true, isDevice: false },
  { id: 'devices', name: 'Devices', parentServiceId: null, licenceUnit: 'device', trialable: true, isDevice: true },
  {
    id: 'translation',
    name: 'Real-time translation',
    parentServiceId: null,
    licenceUnit: 'user',
    trialable: false,
    isDevice: false,
  },
  {
    id: 'contact-center',
    name: 'Contact Center',
    parentServiceId: null,
    licenceUnit: 'agent',
    trialable: true,
    isDevice: false,
  },
].map((s, i) => ({ ...s, sortOrder: i + 1 }));

const catalogueDeviceTypes = [
  { id: 'desk-phone', name: 'Desk phone' },
  { id: 'room-kit', name: 'Room kit' },
  { id: 'headset', name: 'Headset' },
  { id: 'board', name: 'Collaboration board' },
].map((d, i) => ({ ...d, sortOrder: i + 1 }));

/** Inserts the catalogue rows that are missing; never overwrites an installation's changes. */
export async function ensureCatalogue(db: Database): Promise<void> {
  await db.insert(services).values(catalogueServices).onConflictDoNothing();
  await db.insert(deviceTypes).values(catalogueDeviceTypes).onConflictDoNothing();
}
