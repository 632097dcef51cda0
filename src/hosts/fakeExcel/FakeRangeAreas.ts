import type { ExcelRangeAreas } from '../office/ExcelContext';
import { CellRect, rectAddress } from './cellRect';
import { FakeClientObject } from './FakeClientObject';
import { FakeRangeFormat } from './FakeRangeFormat';
import type { FakeRequestContext } from './FakeRequestContext';
import type { StoredSheet } from './FakeWorkbookStore';

export interface AreasTarget {
  readonly sheet: StoredSheet;
  readonly areas: ReadonlyArray<CellRect>;
}

/**
 * The fake `Excel.RangeAreas`: from getMergedAreasOrNullObject (a null object when there are none)
 * or from Worksheet.getRanges.
 */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements ExcelRangeAreas {
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => AreasTarget | undefined,
    options: {
      readonly orNull?: boolean;
      /**
       * Names the object in its children's paths. Office.js sends an object path once per request
       * and refers to it by id afterwards, so a long address is not resent with every format command.
       */
      readonly reference?: string;
    } = {},
  ) {
    super(context, path, { orNull: options.orNull ?? true });
    this.format = new FakeRangeFormat(context, `${options.reference ?? path}.format`, () => {
      const target = this.target(true);
      return target && { sheet: target.sheet, rects: target.areas };
    });
  }
  protected findTarget() {
    return this.find();
  }
  protected scalarNames() {
    return ['address', 'areaCount'];
  }
  protected override navigation(name: string) {
    return name === 'format' ? this.format : undefined;
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
