import type { Messages } from '../en.ts';

export const trialsNb: Messages['trials'] = {
  title: 'Prøveversjoner',
};
