import type { Messages } from '../en.ts';

export const sentMailHu: Messages['sentMail'] = {
  title: 'Elküldött levelek',
};
