import type { Messages } from '../en.ts';

export const analyticsHu: Messages['analytics'] = {
  title: 'Elemzések',
};
