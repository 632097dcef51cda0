import type { ExcelRangeAreas } from '../office/ExcelContext';
import { CellRect, rectAddress } from './cellRect';
import { FakeClientObject } from './FakeClientObject';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredSheet } from './FakeWorkbookStore';

export interface AreasTarget {
  readonly sheet: StoredSheet;
  readonly areas: ReadonlyArray<CellRect>;
}

/** The fake `Excel.RangeAreas`, as returned by getMergedAreasOrNullObject (always an OrNullObject). */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements ExcelRangeAreas {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget | undefined,
  ) {
    super(context, path, { orNull: true });
  }
  protected findTarget() {
    return this.find();
  }
  protected scalarNames() {
    return ['address', 'areaCount'];
  }
  protected scalar({ sheet, areas }: AreasTarget, name: string) {
    return name === 'areaCount' ? areas.length : areas.map((a) => rectAddress(sheet.name, a)).join(',');
  }
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
}
