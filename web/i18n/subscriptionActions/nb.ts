import type { subscriptionActionsEn } from './en.ts';

/** Strings of a vendor operator's subscription actions on the customer's Subscriptions tab (nb). */
export const subscriptionActionsNb: Record<keyof typeof subscriptionActionsEn, string> = {
  menu: 'Handlinger for {{number}}',
  change: 'Endre antall og fornyelse',
  renew: 'Forny',
  suspend: 'Suspender som ubetalt',
  reinstate: 'Gjenopprett',
  cancel: 'Avbryt',
  save: 'Lagre endringer',
  conflict: 'Noen andre endret abonnementet i mellomtiden. Det er lastet inn på nytt: sjekk det og prøv igjen.',
  failed: 'Abonnementet kunne ikke endres. Prøv igjen.',
  changeTitle: 'Endre {{number}}',
  changeBody:
    'Angi antall kjøpte lisenser for hver tjeneste, og om abonnementet fornyes automatisk. Endringen registreres som en ordre.',
  assigned: '{{n}} tildelt nå',
  belowAssigned: 'Færre enn de {{n}} lisensene som er tildelt nå: kunden kommer over lisens.',
  autoRenew: 'Fornyes automatisk ved slutten av perioden',
  changed: '{{number}} ble endret.',
  unchanged: 'Ingenting ble endret.',
  renewTitle: 'Forny {{number}}',
  renewBody: 'Abonnementet fortsetter én periode til, registrert som en fornyelsesordre.',
  term: 'Periode',
  months: '{{n}} måneder',
  currentEnd: 'Nåværende slutt',
  newEnd: 'Ny slutt',
  fromToday: 'Den nåværende perioden er over: den nye perioden starter i dag.',
  renewConfirm: 'Forny',
  renewed: '{{number}} ble fornyet til {{date}}.',
  suspendTitle: 'Suspendere {{number}}?',
  suspendBody:
    'Abonnementet merkes som ubetalt og suspendert: kunden vises som Suspendert for partneren sin til du gjenoppretter det. Lisensene forblir tildelt.',
  suspendConfirm: 'Suspender',
  suspended: '{{number}} ble suspendert.',
  reinstated: '{{number}} ble gjenopprettet: aktivt og betalt igjen.',
  termLength: 'Periode på {{n}} måneder',
};
