/** Strings of the Analytics area (English, the reference). */
export const analyticsEn = {
  title: 'Analytics',
};
