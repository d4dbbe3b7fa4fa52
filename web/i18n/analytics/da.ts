import type { Messages } from '../en.ts';

export const analyticsDa: Messages['analytics'] = {
  title: 'Analyser',
};
