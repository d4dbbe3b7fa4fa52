import type { subscriptionActionsEn } from './en.ts';

/** Strings of a vendor operator's subscription actions on the customer's Subscriptions tab (hu). */
export const subscriptionActionsHu: Record<keyof typeof subscriptionActionsEn, string> = {
  menu: '{{number}} műveletei',
  change: 'Mennyiségek és megújítás módosítása',
  renew: 'Megújítás',
  suspend: 'Felfüggesztés kifizetetlenként',
  reinstate: 'Visszaállítás',
  cancel: 'Mégse',
  save: 'Módosítások mentése',
  conflict: 'Közben valaki más módosította ezt az előfizetést. Újratöltöttük: ellenőrizze, és próbálja újra.',
  failed: 'Az előfizetést nem sikerült módosítani. Próbálja újra.',
  changeTitle: '{{number}} módosítása',
  changeBody:
    'Adja meg szolgáltatásonként a megvásárolt licencek számát, és hogy az előfizetés automatikusan megújuljon-e. A módosítás rendelésként kerül rögzítésre.',
  assigned: 'Most {{n}} kiosztva',
  belowAssigned: 'Kevesebb, mint a most kiosztott {{n}} licenc: az ügyfél túllépi a licenckeretet.',
  autoRenew: 'Az időszak végén automatikusan megújul',
  changed: '{{number}} módosítva.',
  unchanged: 'Semmi sem változott.',
  renewTitle: '{{number}} megújítása',
  renewBody: 'Az előfizetés még egy időszakra folytatódik, megújítási rendelésként rögzítve.',
  term: 'Időszak',
  months: '{{n}} hónap',
  currentEnd: 'Jelenlegi lejárat',
  newEnd: 'Új lejárat',
  fromToday: 'A jelenlegi időszak lejárt: az új időszak ma kezdődik.',
  renewConfirm: 'Megújítás',
  renewed: '{{number}} megújítva eddig: {{date}}.',
  suspendTitle: 'Felfüggeszti: {{number}}?',
  suspendBody:
    'Az előfizetés kifizetetlenként és felfüggesztettként lesz megjelölve: az ügyfél a partnerénél Felfüggesztett állapotú, amíg vissza nem állítja. A licencek kiosztva maradnak.',
  suspendConfirm: 'Felfüggesztés',
  suspended: '{{number}} felfüggesztve.',
  reinstated: '{{number}} visszaállítva: ismét aktív és kifizetett.',
  termLength: '{{n}} hónapos időszak',
};
