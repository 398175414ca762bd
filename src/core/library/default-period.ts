// The period the pane offers for a new library table.
import { periodsIn, termLabel } from '../table/periods';
import type { Period } from '../table/types';
import type { LibraryEntry } from './types';

/** The period a library table is for by default: this year, or the term this year falls in (terms start in years ending 0 or 5). */
export function defaultPeriod(kind: LibraryEntry['kind'], today: Date): Period {
  const y = today.getFullYear();
  if (kind === 'year') return periodsIn(String(y))[0];
  const start = y - (y % 5);
  return periodsIn(termLabel(start, start + 5))[0];
}
