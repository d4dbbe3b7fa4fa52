import type { Messages } from '../en.ts';

export const singleSignOnHu: Messages['singleSignOn'] = {
  title: 'Egyszeri bejelentkezés (SSO)',
  description:
    'Akiknek az e-mail-címe az Önök valamelyik tartományában van, az identitásszolgáltatójukon (OpenID Connect) keresztül jelentkeznek be. Így csak a szervezet meglévő fiókjai jelentkezhetnek be; senki sem jön létre, és senki sem kap szerepkört. A teljes jogú adminisztrátorok továbbra is jelszóval lépnek be, így egy hibás szolgáltató sosem zárja ki Önöket.',
  on: 'Be',
  off: 'Ki',
  redirectUri: 'Átirányítási URI',
  redirectUriHint: 'Regisztrálja ezt a címet az identitásszolgáltatónál az alkalmazás átirányítási URI-jaként.',
  copy: 'Másolás',
  copied: 'Másolva',
  issuer: 'Kibocsátó URL-je',
  issuerHint: 'A szolgáltató kibocsátóazonosítója (https). Mentéskor OpenID Connect discoveryvel ellenőrizzük.',
  clientId: 'Ügyfélazonosító',
  clientSecret: 'Ügyféltitok',
  clientSecretHint: 'A titok, amelyet az identitásszolgáltató ennek az alkalmazásnak adott.',
  clientSecretSet: 'Titok be van állítva. Hagyja üresen a megtartásához, vagy adjon meg újat a cseréjéhez.',
  domains: 'E-mail-tartományok',
  domainsHint:
    'Az ezekben a tartományokban lévő címek ezen a szolgáltatón keresztül jelentkeznek be. Egy tartomány csak egy szervezethez tartozhat.',
  domainsPlaceholder: 'pelda.hu, majd Enter',
  enabled: 'Egyszeri bejelentkezés használata',
  enabledHint: 'Ki: mindenki újra jelszóval jelentkezik be; a beállítások megmaradnak.',
  save: 'Mentés',
  saved: 'Az egyszeri bejelentkezés mentve.',
  failed: 'Az egyszeri bejelentkezést nem sikerült menteni. Próbálja újra.',
  updated: 'Utoljára módosítva: {{date}}',
  remove: 'Egyszeri bejelentkezés eltávolítása',
  removeTitle: 'Eltávolítja az egyszeri bejelentkezést?',
  removeBody:
    'Az identitásszolgáltató és a tartományai törlődnek. Mindenki újra jelszóval jelentkezik be; akinek sosem volt jelszava, az „Elfelejtett jelszó” lehetőséget használja.',
  removed: 'Az egyszeri bejelentkezés eltávolítva.',
  cancel: 'Mégse',
  signIn: {
    continue: 'Folytatás egyszeri bejelentkezéssel',
    explanation: 'A szervezete az identitásszolgáltatóján keresztül jelentkezik be. Oda irányítjuk, majd vissza.',
    usePassword: 'Inkább jelszóval jelentkezem be',
    errorTitle: 'Az egyszeri bejelentkezés nem sikerült',
    errors: {
      not_available: 'Ehhez az e-mail-címhez nincs beállítva egyszeri bejelentkezés. Jelentkezzen be jelszóval.',
      provider_error: 'Az identitásszolgáltató nem érhető el, vagy hibával válaszolt. Próbálja újra később.',
      cancelled: 'A bejelentkezést megszakították az identitásszolgáltatónál.',
      invalid_state: 'Ezt a bejelentkezést nem itt indították, vagy már felhasználták. Kezdje újra.',
      expired: 'A bejelentkezés túl sokáig tartott. Kezdje újra.',
      email_not_accepted:
        'Az identitásszolgáltató nem igazolt a szervezet tartományaiba tartozó e-mail-címet. Kérdezze az adminisztrátort.',
      no_account:
        'A szervezetében nincs Channel Hub-fiók ehhez az e-mail-címhez. Kérje meg az adminisztrátort, hogy hívja meg.',
      account_disabled: 'A fiókja le van tiltva. Kérdezze az adminisztrátort.',
      organisation_suspended: 'A szervezete hozzáférése a Channel Hubhoz fel van függesztve.',
      rate_limited: 'Túl sok bejelentkezés indult ehhez a címhez. Várjon egy percet, és próbálja újra.',
    },
  },
};
