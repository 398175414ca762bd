// A sheet added to a workbook: a rolled-forward copy of a sheet, or a table from the library. Hosts write it;
// the source sheet is never changed.
import type { SheetLayout } from './library/types';
import type { RollEdit } from './roll/edits';

export type NewSheet = { kind: 'roll'; source: string; name: string; edits: RollEdit[] } | { kind: 'layout'; layout: SheetLayout };
