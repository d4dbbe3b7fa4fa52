import type { Messages } from './en.ts';

/** Magyar */
export const hu: Messages = {
  app: {
    name: 'Channel Hub',
    tagline: 'Viszonteladói csatornája egy helyen: ügyfelek, próbaverziók, licencek és elemzések.',
  },
  common: {
    loading: 'Betöltés…',
    notAvailableYet: 'Ebben a verzióban még nem érhető el.',
    skipToContent: 'Ugrás a fő tartalomhoz',
    open: 'Megnyitás',
  },
  languages: {
    label: 'Nyelv',
    current: 'Nyelv: {{language}}',
    saved: 'A nyelv mentve',
    saveFailed: 'A nyelvet nem sikerült menteni. Próbálja újra.',
  },
  colorScheme: {
    toDark: 'Váltás sötét színsémára',
    toLight: 'Váltás világos színsémára',
  },
  signIn: {
    heading: 'Bejelentkezés a Channel Hubba',
    intro: 'Adja meg Channel Hub-fiókja e-mail-címét és jelszavát.',
    email: 'E-mail-cím',
    emailPlaceholder: 'nev@ceg.hu',
    password: 'Jelszó',
    submit: 'Bejelentkezés',
    errorTitle: 'A bejelentkezés nem sikerült',
    errors: {
      emailRequired: 'Adja meg az e-mail-címét.',
      emailInvalid: 'Érvényes e-mail-címet adjon meg, például nev@ceg.hu.',
      passwordRequired: 'Adja meg a jelszavát.',
      fieldInvalid: 'Ellenőrizze ezt a mezőt.',
      invalidCredentials: 'Az e-mail-cím vagy a jelszó helytelen.',
      rateLimited: 'Túl sok bejelentkezési kísérlet. Várjon egy kicsit, majd próbálja újra.',
      rateLimitedSeconds_one: 'Túl sok bejelentkezési kísérlet. Próbálja újra {{count}} másodperc múlva.',
      rateLimitedSeconds_other: 'Túl sok bejelentkezési kísérlet. Próbálja újra {{count}} másodperc múlva.',
      network: 'A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, majd próbálja újra.',
      unexpected: 'Hiba történt a mi oldalunkon. Próbálja újra egy kis idő múlva.',
    },
    footer: 'Saját üzemeltetésű partnerportál',
    features: {
      customers: 'Ügyfelek, előfizetések és próbaverziók egyetlen listában',
      analytics: 'Licenc- és használati elemzések a beérkező adatokból',
      selfHosted: 'Saját üzemeltetés: az adatai a saját szerverein maradnak',
    },
  },
  shell: {
    mainNavigation: 'Fő navigáció',
    openNavigation: 'Navigáció megnyitása',
    closeNavigation: 'Navigáció bezárása',
    collapseNavigation: 'Navigáció összecsukása',
    expandNavigation: 'Navigáció kibontása',
    vendorSection: 'Gyártó',
    consoleSection: 'Az Ön szervezete',
    search: 'Keresés',
    searchButton: 'Keresés vagy ugrás…',
    searchPlaceholder: 'Írjon be egy területet, például: Ügyfelek',
    searchNothingFound: 'Nincs találat',
    searchGroup: 'Ugrás ide',
    organisation: 'Szervezet',
    userMenu: 'Felhasználói menü',
    signedInAs: 'Bejelentkezve mint',
    roles: 'Szerepkörök',
    signOut: 'Kijelentkezés',
    signOutFailed: 'A kijelentkezés nem sikerült. Próbálja újra.',
  },
  orgKinds: {
    vendor: 'Gyártó',
    partner: 'Partner',
    customer: 'Ügyfél',
    consumer: 'Magánfelhasználó',
  },
  partnerTiers: {
    tier1: '1. szintű partner',
    tier2: '2. szintű partner',
    distributor: 'Disztribútor',
  },
  roles: {
    vendor_operator: 'Gyártói operátor',
    partner_full_admin: 'Teljes jogú partner-rendszergazda',
    partner_admin: 'Partner-rendszergazda',
    partner_read_only_admin: 'Csak olvasási jogú partner-rendszergazda',
    sales_admin: 'Értékesítési rendszergazda',
    sales_full_admin: 'Teljes jogú értékesítési rendszergazda',
    customer_full_admin: 'Teljes jogú ügyfél-rendszergazda',
    customer_read_only_admin: 'Csak olvasási jogú ügyfél-rendszergazda',
    workspace_admin: 'Munkaterület-rendszergazda',
    customer_activity: 'Ügyféltevékenység',
    view_all_support_requests: 'Az összes támogatási kérelem megtekintése',
    learning_manager: 'Képzési vezető',
  },
  demoClock: {
    label: 'Demóóra: {{date}}',
    menuLabel: 'A demóóra előreállítása',
    hint: 'Demó mód: a dátumok a demóórát követik.',
    advance_one: '+{{count}} nap',
    advance_other: '+{{count}} nap',
    moved: 'A demóóra mostantól ezt mutatja: {{date}}.',
    failed: 'A demóórát nem sikerült előreállítani.',
  },
  areas: {
    overview: {
      title: 'Áttekintés',
      description: 'A csatornája összefoglalása: a figyelmet igénylő ügyfelek, próbaverziók és megújítások.',
    },
    customers: {
      title: 'Ügyfelek',
      description: 'Az Ön által kezelt összes ügyfélszervezet állapotokkal, előfizetésekkel, licencekkel és címkékkel.',
    },
    trials: {
      title: 'Próbaverziók',
      description:
        'Próbaverziók indítása, szerkesztése, meghosszabbítása, átalakítása és lemondása új és meglévő ügyfeleknek.',
    },
    analytics: {
      title: 'Elemzések',
      description: 'Előfizetés- és híváselemzések: licenc-hozzárendelés, használat, megújítások és hívásminőség.',
    },
    insights: {
      title: 'Betekintések',
      description: 'A licencek bevezetése és használata ügyfelenként és termékenként a teljes portfólióban.',
    },
    activity: {
      title: 'Ügyféltevékenység',
      description: 'Támogatási szerződések, csomagjaik, és hogy az egyes jogosultságokból mennyi fogyott el.',
    },
    resources: {
      title: 'Források és súgó',
      description: 'Gyorshivatkozások, kiemelt források, kereshető súgó és a partnerügyfélszolgálat.',
    },
    administrators: {
      title: 'Rendszergazdák',
      description: 'A szervezete rendszergazdái és szerepköreik.',
    },
    settings: {
      title: 'Beállítások',
      description: 'A szervezete és a saját fiókja beállításai.',
    },
    partners: {
      title: 'Partnerek',
      description: 'A csatorna összes partnerszervezete szintjükkel és disztribútorukkal.',
    },
    approvals: {
      title: 'Jóváhagyások',
      description: 'Eszköz-próbaverziók meghosszabbításai és más kérelmek, amelyek gyártói operátor döntésére várnak.',
    },
    deviceReturns: {
      title: 'Eszközvisszaküldések',
      description:
        'Próbaverziókból visszajáró eszközök, sorozatszám szerint rögzített visszaküldések és késedelmes visszaküldések.',
    },
    sentMail: {
      title: 'Elküldött levelek',
      description: 'Minden e-mail, amelyet a Channel Hub elküldött, ahogyan a kimenő postafiókból távozott.',
    },
    console: {
      title: 'Áttekintés',
      description: 'Szervezete szolgáltatásai, licencei és függőben lévő próbaverzió-kérelmei.',
    },
    licences: {
      title: 'Licencek',
      description: 'Megvásárolt, hozzárendelt és használt licencek szolgáltatásonként.',
    },
    users: {
      title: 'Felhasználók',
      description: 'Szervezete felhasználói és rendszergazdai szerepköreik.',
    },
    trialRequests: {
      title: 'Próbaverzió-kérelmek',
      description: 'Partnerek próbaverzió-kérelmei, amelyek elfogadására vagy elutasítására várnak.',
    },
  },
  overview: {
    welcome: 'Üdvözöljük, {{name}}!',
    signedInTo: 'Bejelentkezett szervezet: {{organisation}}.',
    organisation: 'Szervezet',
    organisationType: 'Típus',
    yourRoles: 'Az Ön szerepkörei',
    today: 'Mai dátum',
    noRoles: 'Nincs hozzárendelt szerepkör',
    paletteTip:
      'Használja a bal oldali navigációt, vagy nyomja meg a {{shortcut}} billentyűkombinációt, és írja be a megnyitni kívánt terület nevét.',
  },
  notFound: {
    title: 'Az oldal nem található',
    body: 'Ezen a címen nincs oldal.',
    back: 'Ugrás a kezdőlapra',
  },
  error: {
    title: 'Hiba történt',
    body: 'Az oldalt nem sikerült megjeleníteni. Töltse be újra az oldalt.',
    reload: 'Újratöltés',
  },
};
