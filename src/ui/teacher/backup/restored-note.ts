// After a restore the app starts again on the restored database (see repos/backup switchToRestored),
// so what it wrote is said on the next screen, the PIN check, from the address it opens.

/** The address the app opens once a restore is in use: the Backups screen, behind the PIN check. */
export function afterRestoreHref(counts: { students: number; events: number }): string {
  return `/adult/backup?restored=${counts.students}-${counts.events}`;
}

/** The counts in that address; an address typed or changed by hand says nothing. */
export function restoredCountsOf(
  restored: string | undefined,
): { students: number; events: number } | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(restored ?? '');
  if (!match) return undefined;
  return { students: Number(match[1]), events: Number(match[2]) };
}
