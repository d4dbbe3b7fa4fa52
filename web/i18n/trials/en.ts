/** Strings of the Trials area (English, the reference). */
export const trialsEn = {
  title: 'Trials',
};
