/** The tag forms' schemas, picked from the server's contracts (also read by web/components/forms/fieldErrors.test.ts). */
import { createTagRequest, updateTagRequest } from '../../../domain/contracts/customers.ts';

/** A new tag: its name and colour, as the server takes them. */
export const newTagForm = createTagRequest;

/** A rename sends both the name and the colour. */
export const renameTagForm = updateTagRequest.required();
