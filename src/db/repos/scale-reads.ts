// The reads of five-point scales, apart from their editing, so the kiosk loads no editing code.
import type { ScaleId } from '../../domain/ids';
import type { FivePointScale } from '../../domain/scales';
import type { AppDb } from '../app-db';

export function listScales(db: AppDb): Promise<FivePointScale[]> {
  return db.scales.toArray().then((scales) => scales.sort((a, b) => a.name.localeCompare(b.name)));
}

export function scaleById(db: AppDb, id: ScaleId): Promise<FivePointScale | undefined> {
  return db.scales.get(id);
}
