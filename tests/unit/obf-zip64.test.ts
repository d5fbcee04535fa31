// Zips with ZIP64 records, as tools write them even for small archives (`zip -fz`, streamed
// input): the real one imports whole; a ZIP64 record or field that lies is refused by its code.
import { describe, expect, test } from 'vitest';
import { parseObz } from '../../src/domain/obf/obf-import';
import { OBZ_MAX_ENTRIES } from '../../src/domain/obf/obf-limits';
import { failure, fixture } from '../support/obf-files';

/**
 * Made with Info-ZIP 3.0, `zip -X -fz -r zip64.obz manifest.json boards images`: a ZIP64 end
 * record and locator, and every entry's size in a ZIP64 extra field (0xFFFFFFFF in its header).
 */
const ZIP64 = fixture('zip64.obz');

/** A copy of the fixture with `change` applied to a view of it. */
function changed(change: (view: DataView, find: (signature: number) => number) => void): Uint8Array {
  const bytes = ZIP64.slice();
  const view = new DataView(bytes.buffer);
  const find = (signature: number) => {
    for (let at = bytes.length - 4; at >= 0; at--) if (view.getUint32(at, true) === signature) return at;
    throw new Error(`no ${signature.toString(16)} in the fixture`);
  };
  change(view, find);
  return bytes;
}

const LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;

describe('a ZIP64 package made by a real tool', () => {
  test('imports whole: its board, every button and the picture by path', () => {
    const [board, ...others] = parseObz(ZIP64, 'zip64.obz');
    expect(others).toEqual([]);
    expect(board?.name).toBe('Snacks');
    expect(board?.options.map((option) => option.label)).toEqual(['apple', 'crackers', 'water']);
    expect(board?.options[0]?.image?.type).toBe('image/png');
  });
});

describe('ZIP64 records that lie are refused', () => {
  test('a locator pointing outside the file', () => {
    const bytes = changed((view, find) => view.setUint32(find(LOCATOR) + 8, 0x7fffffff, true));
    expect(failure(() => parseObz(bytes, 'far.obz')).code).toBe('board-zip-invalid');
  });

  test('a locator that says the archive is split over disks', () => {
    const bytes = changed((view, find) => view.setUint32(find(LOCATOR) + 16, 2, true));
    expect(failure(() => parseObz(bytes, 'split.obz')).code).toBe('board-zip-split');
  });

  test('more entries than a package may hold', () => {
    const bytes = changed((view, find) => {
      const record = find(ZIP64_END);
      view.setUint32(record + 24, OBZ_MAX_ENTRIES + 1, true);
      view.setUint32(record + 32, OBZ_MAX_ENTRIES + 1, true);
    });
    expect(failure(() => parseObz(bytes, 'crowded.obz')).code).toBe('board-too-many-files');
  });

  test('an entry count beyond what a number holds', () => {
    const bytes = changed((view, find) => view.setUint32(find(ZIP64_END) + 36, 0xffffffff, true));
    expect(failure(() => parseObz(bytes, 'huge.obz')).code).toBe('board-zip-invalid');
  });

  /** The ZIP64 extra field of the last entry in the central directory (the picture). */
  const lastExtra = (view: DataView, find: (signature: number) => number) => {
    const header = find(CENTRAL);
    return header + 46 + view.getUint16(header + 28, true);
  };

  test('an entry whose ZIP64 size is larger than what it holds', () => {
    const bytes = changed((view, find) => {
      const extra = lastExtra(view, find);
      view.setUint32(extra + 4, view.getUint32(extra + 4, true) + 1000, true);
    });
    expect(failure(() => parseObz(bytes, 'liar.obz')).code).toBe('board-zip-invalid');
  });

  test('an entry whose ZIP64 size is beyond what a number holds', () => {
    const bytes = changed((view, find) => view.setUint32(lastExtra(view, find) + 8, 0xffffffff, true));
    expect(failure(() => parseObz(bytes, 'endless.obz')).code).toBe('board-zip-invalid');
  });

  test('an entry that marks its size as ZIP64 but has no ZIP64 field', () => {
    const bytes = changed((view, find) => view.setUint16(lastExtra(view, find), 0x5455, true));
    expect(failure(() => parseObz(bytes, 'missing.obz')).code).toBe('board-zip-invalid');
  });
});
