import type { kioskEn } from './kiosk.en';

export const kioskEs: Record<keyof typeof kioskEn, string> = {};
