// Finding a student by name in a class of thirty, as a teacher types it: any part of the name,
// without minding case or accents ("jose" finds "José"), and names in the order a person expects
// ("Student 2" before "Student 10").

/** A name as it is compared: accents taken off, lower case, spaces made one. */
export function foldedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a name holds what was typed; nothing typed (or only spaces) matches every name. */
export function nameMatches(name: string, typed: string): boolean {
  return foldedName(name).includes(foldedName(typed));
}

// Made at the first comparison: making a collator loads the browser's collation data, which
// costs the kiosk's start tens of milliseconds on a slow tablet when no list is sorted yet.
let collator: Intl.Collator | undefined;

/** Names in the order a person reads a class list, numbers in them counted as numbers. */
export const byName = <T extends { name: string }>(a: T, b: T): number => {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator.compare(a.name, b.name);
};
