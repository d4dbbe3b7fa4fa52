import { describe, expect, it } from 'vitest';
import { locales } from '../../../domain/contracts/common.ts';
import { renderTrialEmail, trialEmailTemplates } from './trial-emails.ts';

/** Every trial e-mail exists in every language, says which trial it is about, and writes dates in the locale. */

const facts = {
  customerName: 'Fjord Logistics',
  partnerName: 'Nordic Partner',
  trialNumber: 'TRL-0001',
  services: ['Messaging', 'Calling'],
  endsAt: new Date('2026-12-24T23:30:00Z'),
  respondBy: new Date('2026-12-01T10:00:00Z'),
  releaseAt: new Date('2027-01-24T23:30:00Z'),
  timeZone: 'Europe/Copenhagen',
};

describe('trial e-mail templates', () => {
  for (const template of trialEmailTemplates) {
    it(`${template} is written in en, da, nb and hu`, () => {
      const rendered = locales.map((locale) => renderTrialEmail(template, locale, facts));
      for (const email of rendered) {
        expect(email.subject.length).toBeGreaterThan(5);
        expect(email.textBody).toMatch(/Fjord Logistics|TRL-0001/);
      }
      // Translations, not copies of the English text (Danish and Norwegian subjects may coincide).
      expect(new Set(rendered.map((e) => e.textBody)).size).toBe(4);
    });
  }

  it("writes dates as calendar days of the partner's time zone, in the recipient's language", () => {
    const en = renderTrialEmail('trial.ending-soon', 'en', facts).textBody;
    const da = renderTrialEmail('trial.ending-soon', 'da', facts).textBody;
    // 23:30 UTC on the 24th is the 25th in Copenhagen.
    expect(en).toContain('25 December 2026');
    expect(da).toContain('25. december 2026');
    expect(renderTrialEmail('trial.consent-request', 'nb', facts).textBody).toContain('Messaging og Calling');
  });
});
