import { randomBytes } from 'node:crypto';

/** The random part of the numbers people read on records (TRL-…, ORD-…, Sub…, SN-…): upper-case hex. */
export const randomCode = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
