export { LIBRARY } from './entries';
export { buildLibraryTable, libraryEntry, periodsFor } from './build';
export { defaultPeriod } from './default-period';
export { layoutSheet } from './layout-sheet';
export type { LibraryTable } from './build';
export type { LayoutCell, LibraryEntry, SheetLayout } from './types';
