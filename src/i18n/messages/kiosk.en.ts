// English words of the kiosk screens; the Spanish file beside this one has the same keys.
export const kioskEn = {} as const;
