/** Strings of the API tokens area (English, the reference). */
export const apiTokensEn = {
  title: 'API tokens',
};
