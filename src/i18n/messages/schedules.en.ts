// English words of the schedules screens; the Spanish file beside this one has the same keys.
export const schedulesEn = {} as const;
