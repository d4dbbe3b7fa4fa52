import type { Messages } from '../en.ts';

export const formsDa: Messages['forms'] = {
  errors: {
    invalid: 'Kontrollér denne værdi.',
    email: 'Angiv en gyldig e-mailadresse, f.eks. navn@firma.dk.',
    password: 'Angiv din adgangskode.',
    name: 'Angiv et navn på højst {{max}} tegn.',
    companyName: 'Angiv firmanavnet.',
    roles: 'Vælg mindst én rolle.',
    vertical: 'Vælg en branche.',
    country: 'Vælg et land.',
    supportedLocation: 'Bekræft, at kunden befinder sig på en understøttet lokation.',
    confirmOrganisation: 'Find organisationen, og bekræft den først.',
    services: 'Vælg mindst én tjeneste.',
    wholeNumber: 'Angiv et helt tal fra {{min}} til {{max}}.',
    licenceQuantity: 'Angiv et antal fra {{min}} til {{max}}.',
    duration: 'Vælg en varighed.',
    siteUrl: 'Angiv en URL til mødesiden: 3–63 bogstaver, cifre og bindestreger.',
    timeZone: 'Vælg en tidszone.',
    distributor: 'Vælg distributøren for denne tier 2-partner.',
    devices: 'Vælg mindst én enhed, eller angiv hvorfor ingen sendes.',
    rmaNumber: 'Angiv RMA-nummeret.',
    serialNumbers: 'Vælg mindst ét serienummer.',
    term: 'Vælg en løbetid.',
    acceptTerms: 'Accepter vilkårene for at fortsætte.',
    text: 'Angiv højst {{max}} tegn.',
  },
};
