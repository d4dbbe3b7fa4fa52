import type { Messages } from '../en.ts';

export const apiTokensHu: Messages['apiTokens'] = {
  title: 'API-tokenek',
};
