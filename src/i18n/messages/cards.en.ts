// English words of the cards screens; the Spanish file beside this one has the same keys.
export const cardsEn = {} as const;
