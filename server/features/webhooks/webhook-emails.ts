import type { Locale } from '../../../domain/contracts/common.ts';

/** NOT-2, NOT-1: the e-mail an endpoint's owners get when five days of failures disabled it, in their language. */
const disabled: Record<Locale, (url: string) => { subject: string; textBody: string }> = {
  en: (url) => ({
    subject: 'A webhook endpoint was disabled',
    textBody: [
      `Every delivery to ${url} has failed for five days, so Channel Hub has disabled this webhook endpoint.`,
      'Its undelivered events are marked failed. Fix the receiver, enable the endpoint under Settings → Webhooks and replay the failed deliveries.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  da: (url) => ({
    subject: 'Et webhook-endepunkt er slået fra',
    textBody: [
      `Alle leveringer til ${url} er fejlet i fem dage, så Channel Hub har slået dette webhook-endepunkt fra.`,
      'Dets ikke-leverede hændelser er markeret som fejlet. Ret modtageren, slå endepunktet til under Indstillinger → Webhooks, og send de fejlede leveringer igen.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  nb: (url) => ({
    subject: 'Et webhook-endepunkt er slått av',
    textBody: [
      `Alle leveringer til ${url} har feilet i fem dager, så Channel Hub har slått av dette webhook-endepunktet.`,
      'Hendelsene som ikke ble levert, er merket som feilet. Rett mottakeren, slå på endepunktet under Innstillinger → Webhooks og send de feilede leveringene på nytt.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
  hu: (url) => ({
    subject: 'Egy webhook-végpont ki lett kapcsolva',
    textBody: [
      `A(z) ${url} címre minden kézbesítés öt napja sikertelen, ezért a Channel Hub kikapcsolta ezt a webhook-végpontot.`,
      'A kézbesítetlen eseményei sikertelennek vannak jelölve. Javítsa a fogadót, kapcsolja be a végpontot a Beállítások → Webhookok alatt, és küldje újra a sikertelen kézbesítéseket.',
      '',
      'Channel Hub',
    ].join('\n'),
  }),
};

export const endpointDisabledEmail = (locale: Locale, url: string) => (disabled[locale] ?? disabled.en)(url);
