import type { insightsEn } from './en.ts';

/** Strings of the Insights area (Hungarian). */
export const insightsHu: typeof insightsEn = {
  title: 'Elemzések',
  description:
    'Hogyan használják ügyfelei a megvásárolt licenceket: jogosultságok, az elmúlt 28 nap aktív felhasználói, központi telepítés és használat termékenként.',
  allProducts: 'Minden termék',
  product: 'Termék',
  search: 'Ügyfelek keresése',
  kpis: {
    label: 'A portfólió fő mutatói',
    customers: 'Ügyfelek',
    sold: 'Eladott licencek',
    soldByOthers: '{{count}} más értékesítőtől',
    entitlements: 'Jogosultságok (hozzárendelt)',
    active: 'Aktív felhasználók (28 nap)',
    deployment: 'Központi telepítés',
    usage: 'Használat',
    over100: '100 % feletti használatú ügyfelek',
  },
  trend: {
    title: 'A telepítés és a használat alakulása',
    subtitle: 'Hetente: telepítés = hozzárendelt / licencek, használat = a héten aktív felhasználók / hozzárendelt',
    week: 'Hét',
    deployment: 'Telepítés %',
    usage: 'Használat %',
  },
  table: {
    title: 'Ügyfelek',
    label: 'Az ügyfelek telepítése és használata termékenként',
    customer: 'Ügyfél',
    product: 'Termék',
    sold: 'Eladott',
    entitlements: 'Jogosultságok',
    active: 'Aktív felhasználók',
    deployment: 'Telepítés',
    usage: 'Használat',
    fromOthers: 'ebből {{count}} más értékesítőtől',
    empty: 'Még egyik ügyfélnek sincs licence.',
    emptyHint: 'A számok akkor jelennek meg, ha az ügyfeleknek van előfizetésük, és használati adatok érkeznek.',
    above100: '100 % felett: miért?',
  },
  export: 'Portfólió exportálása',
  causes: {
    title: 'Miért van 100 % feletti használat',
    licence_moved: 'Egy licencet új munkatárs kapott meg: {{count}} aktív felhasználónak már nincs meg.',
    second_subscription:
      'Két előfizetés a termékre, az egyik türelmi időszakban, letiltva vagy megszüntetve: {{count}} aktív felhasználó licence ezen van, és ez nem számít bele az összesbe.',
    trial_activity:
      'A próbaidőszak tevékenysége számít, a licencei nem: {{count}} aktív felhasználó próbaidőszakon van.',
    usage_above_entitlement: 'Jogosultság feletti használat: {{count}} aktív felhasználónak nincs licence a termékre.',
  },
  customer: {
    products: 'Termékek',
    howTo: 'Használati kérdések az ügyfélszolgálaton az elmúlt 90 napban: {{count}}',
    nextSteps: 'Következő lépések',
    noNextSteps: 'Nincs teendő: a bevezetés egészséges, és kevés használati kérdés érkezik.',
    low_adoption: 'Alacsony bevezetés – {{product}}: {{count}} licencet nem használnak',
    low_adoptionHint:
      'Lehet, hogy az ügyfelek még nem látják az értékét. Próbáljon esettanulmányokat, véleményeket és oktatóanyagokat.',
    how_to_requests: 'Sok használati kérdés ({{count}})',
    how_to_requestsHint: 'Kínáljon képzést, és népszerűsítse az önkiszolgáló lehetőségeket.',
    noResources: 'Az erőforrástárban még nincs ilyen típusú elem.',
    close: 'Bezárás',
  },
  roles: {
    title: 'Szerepkörnevek',
    subtitle: 'A Microsoft-féle nevek és a nekik megfelelő partnerszerepkörök',
    alias: 'Név',
    role: 'Partnerszerepkör',
    global_admin: 'Globális rendszergazda',
    user_admin: 'Felhasználói rendszergazda',
    admin_agent: 'Felügyeleti ügynök',
    sales_agent: 'Értékesítési ügynök',
  },
};
