/** The trial dialogs' form schemas, picked from the server's contracts (also read by fieldErrors.test.ts). */
import { convertTrialRequest, editTrialRequest } from '../../../../domain/contracts/trial-requests.ts';

/** The edit dialog sends the services and the licence quantity; the version is the trial's. */
export const editServices = editTrialRequest.pick({ services: true, licenceQuantity: true }).required();

/** The convert dialog asks for the contact only; the version is the trial's. */
export const convertContact = convertTrialRequest.pick({ provisioningContactEmail: true });
