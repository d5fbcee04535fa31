import type { schedulesEn } from './schedules.en';

export const schedulesEs: Record<keyof typeof schedulesEn, string> = {};
