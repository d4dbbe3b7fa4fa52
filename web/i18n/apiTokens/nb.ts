import type { Messages } from '../en.ts';

export const apiTokensNb: Messages['apiTokens'] = {
  title: 'API-tokener',
};
