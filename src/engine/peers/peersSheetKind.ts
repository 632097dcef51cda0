import { profilesFromContext } from '../districts/profilesFromContext';
import type { SheetKind } from '../sheets/SheetKind';
import { indicatorRowsOf } from '../districts/groupForPeriod';
import { calculatePeersSheet } from './calculatePeersSheet';
import { PEER_COLUMNS, PEER_REQUIRED_HEADERS, isPeerHeader } from './peerColumns';

/** The Peers sheet (contract §3): feeds Nearest Neighbour and County Comparison where a rank is computed. */
export const peersSheetKind: SheetKind = {
  kind: 'peers',
  title: 'Peers',
  columns: PEER_COLUMNS,
  requiredHeaders: PEER_REQUIRED_HEADERS,
  isComplete: isPeerHeader,
  nameHint: /peer|neighbour|neighbor|similar/i,
  calculate: (grid, table, context) => {
    const result = calculatePeersSheet(grid, table, context.settings, profilesFromContext(context), indicatorRowsOf(context.indicators), context.comparisonCells);
    return {
      findings: result.findings,
      columns: result.columns,
      comparisons: result.indicators
        .filter((r) => r.nearestNeighbour !== undefined)
        .map((r) => ({ indicator: r.indicator, nearestNeighbour: r.nearestNeighbour, ...(r.countyComparison ? { countyComparison: r.countyComparison } : {}) })),
      peers: result.indicators,
    };
  },
};
