import type { Messages } from '../en.ts';

export const trialsDa: Messages['trials'] = {
  title: 'Prøveversioner',
};
