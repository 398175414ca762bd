// A change to one cell of a sheet, as the core hands it to a host to write (roll forward, library tables).

/** `result`: what the formula shows, computed exactly, so the sheet reads right before Excel recalculates it. */
export type EditBody = { kind: 'value'; value: number | string } | { kind: 'formula'; formula: string; result?: number | string } | { kind: 'clear' };
export type RollEdit = EditBody & { cell: string };
