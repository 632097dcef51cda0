import type { OfficeHost } from '../hosts/office/OfficeHost';
import { readLastRibbonRun } from '../taskpane/readLastRibbonRun';
import type { TaskpanePort } from '../taskpane/TaskpanePort';

/** The host as the task pane sees it, calling `onChange` after anything that may change the grid. */
export function observedPort(host: OfficeHost, onChange: () => void): TaskpanePort {
  const after = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      onChange();
    }
  };
  return {
    readSheets: () => host.readSheets(),
    write: (plan) => after(host.write(plan)),
    selectCell: (sheet, address) => after(host.selectCell(sheet, address)),
    readSelectedCellAddress: () => host.readSelectedCellAddress(),
    readRangeValues: (sheet, address) => host.readRangeValues(sheet, address),
    createSettingsSheet: (rows) => after(host.createSettingsSheet(rows)),
    readLastRibbonRun: () => readLastRibbonRun(Office.context.document.settings),
  };
}
