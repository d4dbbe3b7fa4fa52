import type { Messages } from '../en.ts';

export const analyticsNb: Messages['analytics'] = {
  title: 'Analyser',
};
