/** Strings of the Sent mail area (English, the reference). */
export const sentMailEn = {
  title: 'Sent mail',
};
