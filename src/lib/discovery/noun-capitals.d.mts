/** See noun-capitals.mjs. */
export const NOUN_CAPITALS: number;
