import type { Messages } from '../en.ts';

export const formsHu: Messages['forms'] = {
  errors: {
    invalid: 'Ellenőrizze ezt az értéket.',
    email: 'Adjon meg egy érvényes e-mail-címet, például nev@ceg.hu.',
    password: 'Adja meg a jelszavát.',
    name: 'Adjon meg egy legfeljebb {{max}} karakteres nevet.',
    companyName: 'Adja meg a cég nevét.',
    roles: 'Válasszon legalább egy szerepkört.',
    vertical: 'Válasszon ágazatot.',
    country: 'Válasszon országot.',
    supportedLocation: 'Erősítse meg, hogy az ügyfél támogatott helyen van.',
    confirmOrganisation: 'Előbb keresse meg és erősítse meg a szervezetet.',
    services: 'Válasszon legalább egy szolgáltatást.',
    wholeNumber: 'Adjon meg egy egész számot {{min}} és {{max}} között.',
    licenceQuantity: 'Adjon meg egy mennyiséget {{min}} és {{max}} között.',
    duration: 'Válasszon időtartamot.',
    siteUrl: 'Adja meg a megbeszélési oldal URL-jét: 3–63 betű, számjegy és kötőjel.',
    timeZone: 'Válasszon időzónát.',
    distributor: 'Válassza ki a 2. szintű partner disztribútorát.',
    devices: 'Válasszon legalább egy eszközt, vagy adja meg, miért nem küld egyet sem.',
    rmaNumber: 'Adja meg az RMA-számot.',
    serialNumbers: 'Válasszon legalább egy sorozatszámot.',
    term: 'Válasszon futamidőt.',
    acceptTerms: 'A folytatáshoz fogadja el a feltételeket.',
    text: 'Legfeljebb {{max}} karaktert adjon meg.',
  },
};
