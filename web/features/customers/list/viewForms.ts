/** The saved view forms' schemas, picked from the server's contracts (also read by fieldErrors.test.ts). */
import { createViewRequest, updateViewRequest } from '../../../../domain/contracts/customers.ts';

/** The save form asks for the name and sharing; the query is the list's current one. */
export const saveViewForm = createViewRequest.omit({ query: true });

/** A rename asks for the name only. */
export const renameViewForm = updateViewRequest.pick({ name: true }).required();
