import type { Messages } from '../en.ts';

export const formsNb: Messages['forms'] = {
  errors: {
    invalid: 'Kontroller denne verdien.',
    email: 'Oppgi en gyldig e-postadresse, for eksempel navn@firma.no.',
    password: 'Oppgi passordet ditt.',
    name: 'Oppgi et navn på høyst {{max}} tegn.',
    companyName: 'Oppgi firmanavnet.',
    roles: 'Velg minst én rolle.',
    vertical: 'Velg en bransje.',
    country: 'Velg et land.',
    supportedLocation: 'Bekreft at kunden befinner seg på et støttet sted.',
    confirmOrganisation: 'Finn organisasjonen og bekreft den først.',
    services: 'Velg minst én tjeneste.',
    wholeNumber: 'Oppgi et heltall fra {{min}} til {{max}}.',
    licenceQuantity: 'Oppgi et antall fra {{min}} til {{max}}.',
    duration: 'Velg en varighet.',
    siteUrl: 'Oppgi en URL for møtesiden: 3–63 bokstaver, sifre og bindestreker.',
    timeZone: 'Velg en tidssone.',
    distributor: 'Velg distributøren for denne tier 2-partneren.',
    devices: 'Velg minst én enhet, eller oppgi hvorfor ingen sendes.',
    rmaNumber: 'Oppgi RMA-nummeret.',
    serialNumbers: 'Velg minst ett serienummer.',
    term: 'Velg en bindingstid.',
    acceptTerms: 'Godta vilkårene for å fortsette.',
    text: 'Oppgi høyst {{max}} tegn.',
  },
};
