export { LIBRARY } from './entries';
export { buildLibraryTable, defaultPeriod, layoutSheet, libraryEntry, periodsFor } from './build';
export type { LibraryTable } from './build';
export type { LayoutCell, LibraryEntry, SheetLayout } from './types';
