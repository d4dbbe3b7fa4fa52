import type { subscriptionActionsEn } from './en.ts';

/** Strings of a vendor operator's subscription actions on the customer's Subscriptions tab (da). */
export const subscriptionActionsDa: Record<keyof typeof subscriptionActionsEn, string> = {
  menu: 'Handlinger for {{number}}',
  change: 'Ændr antal og fornyelse',
  renew: 'Forny',
  suspend: 'Suspender som ubetalt',
  reinstate: 'Genaktiver',
  cancel: 'Annuller',
  save: 'Gem ændringer',
  conflict: 'En anden har ændret abonnementet i mellemtiden. Det er genindlæst: tjek det, og prøv igen.',
  failed: 'Abonnementet kunne ikke ændres. Prøv igen.',
  changeTitle: 'Ændr {{number}}',
  changeBody:
    'Angiv antallet af købte licenser for hver tjeneste, og om abonnementet fornyes automatisk. Ændringen registreres som en ordre.',
  assigned: '{{n}} tildelt nu',
  belowAssigned: 'Færre end de {{n}} licenser, der er tildelt nu: kunden kommer over licens.',
  autoRenew: 'Fornyes automatisk ved periodens udløb',
  changed: '{{number}} blev ændret.',
  unchanged: 'Intet blev ændret.',
  renewTitle: 'Forny {{number}}',
  renewBody: 'Abonnementet fortsætter en periode mere, registreret som en fornyelsesordre.',
  term: 'Periode',
  months: '{{n}} måneder',
  currentEnd: 'Nuværende udløb',
  newEnd: 'Nyt udløb',
  fromToday: 'Den nuværende periode er udløbet: den nye periode starter i dag.',
  renewConfirm: 'Forny',
  renewed: '{{number}} blev fornyet til {{date}}.',
  suspendTitle: 'Suspender {{number}}?',
  suspendBody:
    'Abonnementet markeres som ubetalt og suspenderet: kunden vises som Suspenderet for sin partner, indtil du genaktiverer det. Licenserne forbliver tildelt.',
  suspendConfirm: 'Suspender',
  suspended: '{{number}} blev suspenderet.',
  reinstated: '{{number}} blev genaktiveret: aktivt og betalt igen.',
  termLength: 'Periode på {{n}} måneder',
};
