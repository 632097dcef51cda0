import { periodPosition } from '../values/periodPosition';
import type { TrendPoint } from './TrendResult';

/**
 * The points oldest first: by the period their labels name when every label names one with its year
 * (see periodPosition), so a sheet listed newest first reads the right way round; otherwise in sheet
 * order, which the contract asks to be oldest first. Points naming periods that end in the same
 * month (`2022` and `Dec 2022`) keep their sheet order.
 */
export function orderByPeriod(points: ReadonlyArray<TrendPoint>): ReadonlyArray<TrendPoint> {
  const ends: number[] = [];
  let inOrder = true;
  for (const p of points) {
    const position = periodPosition(p.label);
    if (position === undefined || position.withoutYear) return points;
    if (ends.length > 0 && position.endMonth < ends[ends.length - 1]) inOrder = false;
    ends.push(position.endMonth);
  }
  if (inOrder) return points;
  const order = points.map((_, i) => i).sort((a, b) => ends[a] - ends[b]);
  return order.map((i) => points[i]);
}
