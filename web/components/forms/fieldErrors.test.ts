import { describe, expect, it } from 'vitest';
import { inviteAdministratorRequest } from '../../../domain/contracts/administrators.ts';
import { createApiTokenRequest } from '../../../domain/contracts/api-tokens.ts';
import { signInRequest } from '../../../domain/contracts/auth.ts';
import { startMyOrganisationRequest } from '../../../domain/contracts/my-organisation.ts';
import { updateOrganisationSettingsRequest } from '../../../domain/contracts/organisations.ts';
import { recordReturnsRequest } from '../../../domain/contracts/trial-requests.ts';
import { startTrialForNewCustomer } from '../../../domain/contracts/trials.ts';
import { renameViewForm, saveViewForm } from '../../features/customers/list/viewForms.ts';
import { newTagForm, renameTagForm } from '../../features/tags/tagForms.ts';
import { convertContact, editServices } from '../../features/trials/actions/trialForms.ts';
import { boundsOf, contractValidator, errorText, fieldErrorKey, withoutFieldPrefix } from './fieldErrors.ts';

/**
 * The forms validate with the server's own contracts, and tell each failed field in the user's language. Each case
 * uses the schema its form uses: the contract itself, or the form's pick of it (tagForms.ts, viewForms.ts, trialForms.ts).
 */

describe('contractValidator', () => {
  const cases = [
    { schema: signInRequest, values: { email: 'a@b.example', password: 'x' } },
    { schema: signInRequest, values: { email: 'nope', password: '' } },
    { schema: inviteAdministratorRequest, values: { email: ' Ann@B.example ', name: 'Ann', roles: ['partner_admin'] } },
    { schema: inviteAdministratorRequest, values: { email: 'ann@b.example', name: ' ', roles: [] } },
    { schema: createApiTokenRequest, values: { name: 'x'.repeat(101) } },
    { schema: updateOrganisationSettingsRequest, values: { expiringSoonDays: 0, noRecentActivityDays: '' } },
    { schema: updateOrganisationSettingsRequest, values: { expiringSoonDays: 365, noRecentActivityDays: 1 } },
    // Tags: create (TagForms' NewTagForm) and rename (RenameTagForm, name and colour both sent).
    { schema: newTagForm, values: { name: ' VIP ', colour: 'teal' } },
    { schema: newTagForm, values: { name: '   ', colour: 'teal' } },
    { schema: newTagForm, values: { name: 'x'.repeat(41), colour: 'purple' } },
    { schema: renameTagForm, values: { name: 'Renamed', colour: 'red' } },
    { schema: renameTagForm, values: { name: '', colour: 'red' } },
    // Saved views: save (name and sharing; the query is the list's) and rename.
    { schema: saveViewForm, values: { name: 'Expiring', shared: true } },
    { schema: saveViewForm, values: { name: ' ', shared: false } },
    { schema: saveViewForm, values: { name: 'x'.repeat(81), shared: false } },
    { schema: renameViewForm, values: { name: 'Mine' } },
    { schema: renameViewForm, values: { name: '' } },
    // Editing a trial: its services and licence quantity.
    { schema: editServices, values: { services: ['calling'], licenceQuantity: 25 } },
    { schema: editServices, values: { services: [], licenceQuantity: '' } },
    { schema: editServices, values: { services: ['calling'], licenceQuantity: 100_001 } },
    // Converting a trial: the provisioning contact.
    { schema: convertContact, values: { provisioningContactEmail: 'ops@customer.example' } },
    { schema: convertContact, values: { provisioningContactEmail: 'not an address' } },
    // My organisation: the terms accepted, or not.
    { schema: startMyOrganisationRequest, values: { acceptTerms: true } },
    { schema: startMyOrganisationRequest, values: { acceptTerms: false } },
    // Device returns: the RMA number and the serial numbers coming back.
    { schema: recordReturnsRequest, values: { rmaNumber: ' RMA-1 ', serialNumbers: ['SN1', 'SN2'] } },
    { schema: recordReturnsRequest, values: { rmaNumber: '  ', serialNumbers: [] } },
    { schema: recordReturnsRequest, values: { rmaNumber: 'x'.repeat(65), serialNumbers: ['SN1'] } },
  ];

  it.each(cases)('fails exactly the fields the server contract fails ($values)', ({ schema, values }) => {
    const server = schema.safeParse(values);
    const failed = new Set((server.error?.issues ?? []).map((issue) => issue.path.join('.')));
    expect(Object.keys(contractValidator(schema)(values)).sort()).toEqual([...failed].sort());
  });

  it('keeps message keys, translated when shown', () => {
    expect(contractValidator(signInRequest)({ email: 'nope', password: '' })).toEqual({
      email: 'forms.errors.email',
      password: 'forms.errors.password',
    });
  });
});

describe('messages', () => {
  it('names the message by the most specific known field of the path', () => {
    expect(fieldErrorKey('adminEmail')).toBe('email');
    expect(fieldErrorKey('devices.items.0.quantity')).toBe('wholeNumber');
    expect(fieldErrorKey('devices.items')).toBe('devices');
    expect(fieldErrorKey('acceptTerms')).toBe('acceptTerms');
    expect(fieldErrorKey('somethingElse')).toBe('invalid');
  });

  it('reads the limits of the field from the contract', () => {
    expect(boundsOf(createApiTokenRequest, 'name')).toEqual({ min: 1, max: 100 });
    expect(boundsOf(updateOrganisationSettingsRequest, 'expiringSoonDays')).toEqual({ min: 1, max: 365 });
    expect(boundsOf(startTrialForNewCustomer, 'licenceQuantity')).toEqual({ min: 1, max: 100_000 });
    expect(boundsOf(startTrialForNewCustomer, 'nowhere')).toEqual({});
    expect(boundsOf(newTagForm, 'name')).toEqual({ min: 1, max: 40 });
    expect(boundsOf(saveViewForm, 'name')).toEqual({ min: 1, max: 80 });
  });

  it('translates message keys and shows a server message as it came', () => {
    const t = (key: string, values: object) => `${key} ${JSON.stringify(values)}`;
    expect(errorText('forms.errors.name', 'name', createApiTokenRequest, t)).toBe(
      'forms.errors.name {"min":1,"max":100}',
    );
    expect(errorText('That name is taken.', 'name', createApiTokenRequest, t)).toBe('That name is taken.');
    expect(errorText(undefined, 'name', createApiTokenRequest, t)).toBeUndefined();
  });

  it('drops the field name a server message starts with', () => {
    expect(withoutFieldPrefix('licenceQuantity: Too big', 'licenceQuantity')).toBe('Too big');
    expect(withoutFieldPrefix('The e-mail is taken.', 'adminEmail')).toBe('The e-mail is taken.');
  });
});
