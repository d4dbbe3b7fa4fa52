import type { Messages } from '../en.ts';

export const trialsHu: Messages['trials'] = {
  title: 'Próbaverziók',
};
