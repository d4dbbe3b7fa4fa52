import type { Messages } from '../en.ts';

export const statusSettingsHu: Messages['statusSettings'] = {
  title: 'Ügyfélállapotok',
  description:
    'Mikor jelenjenek meg az ügyfelek „Hamarosan lejár” és „Nincs friss tevékenység” állapotban az Ügyfelek oldalon, a szervezet minden tagjának.',
  days: 'nap',
  expiringSoonDays: {
    label: 'Hamarosan lejár, ha ennyi napon belül',
    hint: 'Előfizetés vagy próbaverzió, amely ennyi napon belül véget ér.',
  },
  noRecentActivityDays: {
    label: 'Nincs friss tevékenység ennyi nap után',
    hint: 'Ennyi napja egyetlen ügyféladminisztrátor sem jelentkezett be az ügyfélkonzolba.',
  },
  save: 'Mentés',
  saved: 'Az ügyfélállapot-beállítások mentve.',
  failed: 'A beállításokat nem sikerült menteni. Próbálja újra.',
  onlyFullAdmins: 'Ezeket a beállításokat csak a teljes jogú adminisztrátorok módosíthatják.',
};
