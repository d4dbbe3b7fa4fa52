import type { Messages } from '../en.ts';

export const sentMailNb: Messages['sentMail'] = {
  title: 'Sendt e-post',
};
