import type { Messages } from '../en.ts';

export const apiTokensDa: Messages['apiTokens'] = {
  title: 'API-tokens',
};
