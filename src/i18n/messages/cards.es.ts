import type { cardsEn } from './cards.en';

export const cardsEs: Record<keyof typeof cardsEn, string> = {};
