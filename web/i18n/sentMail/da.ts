import type { Messages } from '../en.ts';

export const sentMailDa: Messages['sentMail'] = {
  title: 'Sendt post',
};
