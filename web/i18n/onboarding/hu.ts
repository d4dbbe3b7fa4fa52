import type { onboardingEn } from './en.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const onboardingHu: Shape<typeof onboardingEn> = {
  passwordHint: 'Legalább {{min}} karakter. Ne legyen gyakori jelszó, se az e-mail-címe vagy a neve.',
  signIn: 'Tovább a bejelentkezéshez',
  errors: {
    unexpected: 'Hiba történt. Próbálja újra.',
    network: 'A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
  },
  setup: {
    title: 'A Channel Hub beállítása',
    intro: 'Hozza létre a szállítói szervezetet és az első operátori fiókot. Mindenki mást utána hív meg.',
    organisationSection: 'Az Ön szervezete',
    operatorSection: 'Az Ön operátori fiókja',
    organisationName: 'A szervezet neve',
    country: 'Ország',
    timeZone: 'Időzóna',
    timeZoneHint: 'A dátumokat és a napokat ebben az időzónában számoljuk.',
    name: 'Az Ön neve',
    email: 'Az Ön e-mail-címe',
    password: 'Jelszó',
    submit: 'Beállítás és bejelentkezés',
    done: 'A Channel Hub be van állítva. Üdvözöljük, {{name}}!',
    validUntil: 'Ez a beállítási link egyszer használható, eddig: {{date}}.',
    noToken: {
      title: 'Beállítási linkre van szükség',
      body: 'Az első operátor egyszer használható linkkel állítja be a Channel Hubot. A szerver operátor nélkül indulva kiír egyet a naplójába. Vagy futtassa ezt a szerveren egy az Ön címére szóló linkért:',
    },
    states: {
      notFound: 'Ez a beállítási link ismeretlen. Ellenőrizze, hogy az egészet másolta-e, vagy kérjen újat.',
      alreadySetUp: 'A Channel Hub már be van állítva. Jelentkezzen be, vagy kérjen meghívót egy operátortól.',
      link_expired:
        'Ez a beállítási link lejárt (a linkek 24 óráig érvényesek). Új linkért futtassa az alábbi parancsot.',
      link_used: 'Ezt a beállítási linket már felhasználták.',
      link_revoked: 'Egy újabb beállítási link váltotta fel ezt. Használja a legújabbat.',
    },
  },
  invitation: {
    title: 'Csatlakozás: {{organisation}}',
    invitedBy:
      '{{inviter}} ({{inviterOrganisation}}) meghívta Önt, {{name}} ({{email}}), hogy a(z) {{organisation}} adminisztrátora legyen a Channel Hubban.',
    invitedNoInviter:
      'Önt, {{name}} ({{email}}), meghívták, hogy a(z) {{organisation}} adminisztrátora legyen a Channel Hubban.',
    choosePassword: 'Válasszon jelszót: azonnal be is jelentkezik.',
    name: 'Az Ön neve',
    password: 'Új jelszó',
    submit: 'Jelszó mentése és bejelentkezés',
    validUntil: 'Ez a meghívó egyszer használható, eddig: {{date}}.',
    welcome: 'Üdvözöljük a(z) {{organisation}} szervezetben, {{name}}!',
    notFound: {
      title: 'Ez a meghívó ismeretlen',
      body: 'Ellenőrizze, hogy a teljes linket nyitotta-e meg az e-mailből. Ha így sem működik, kérjen új meghívót attól, aki meghívta.',
    },
    states: {
      expired: {
        title: 'Ez a meghívó lejárt',
        body: 'A meghívók 7 napig érvényesek. Kérjen újat: a kérését {{who}} kapja meg e-mailben.',
      },
      used: {
        title: 'Ezt a meghívót már felhasználták',
        body: 'Ha ezzel választott jelszót, jelentkezzen be. Ha nem, kérjen új meghívót: a kérését {{who}} kapja meg e-mailben.',
      },
      revoked: {
        title: 'Ezt a meghívót lecserélték',
        body: 'Újabb meghívót küldtek, vagy ezt visszavonták. Használja a legújabb e-mailt, vagy kérjen új meghívót: a kérését {{who}} kapja meg e-mailben.',
      },
    },
    accepted: {
      title: 'Ezt a meghívót már elfogadta',
      body: 'A jelszava megvan: jelentkezzen be az e-mail-címével és azzal.',
    },
    whoFallback: 'a szervezet adminisztrátorai',
    suspended: {
      title: 'A(z) {{organisation}} fel van függesztve',
      body: 'Az adminisztrátorai nem jelentkezhetnek be, amíg újra nem aktiválják. Forduljon a szállítójához.',
    },
    askNew: 'Új meghívó kérése',
    asked: 'A kérését elküldtük. Az új meghívó e-mailben érkezik.',
    alreadyAsked: 'Új meghívót már kértek.',
    askFailed: 'A kérést nem sikerült elküldeni. Próbálja újra.',
  },
};
