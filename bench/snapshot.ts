// A full print of what the check says, for speed work: every finding, table and summary of every eval table case,
// of the library's forms and of the synthetic workbook (clean and with typos). Two builds that print the same text
// behave the same on all of these; the eval's own scores would hide a changed message or value.
import '../src/cli/light-mathjs';
import { join } from 'node:path';
import { checkWorkbook, SheetInput } from '../src/core';
import { caseSheets, loadCases } from '../eval/lib/tables';
import { formCases } from '../eval/lib/forms';
import { workbook } from './synthetic';

const root = join(__dirname, '..', '..', 'eval', 'tables');
const print = (label: string, sheets: SheetInput[]) => {
  const { checked, ...result } = checkWorkbook(sheets);
  console.log(`== ${label}`);
  console.log(JSON.stringify(result));
  // The rules as inferred (their figures and cells), so a change shows before it reaches a finding.
  console.log(JSON.stringify(checked.map((c) => c.rules)));
};
for (const part of ['dev', 'dev-2', 'dev-3', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5']) {
  for (const c of loadCases(join(root, part))) print(`${part}/${c.id}`, caseSheets(c));
}
for (const c of formCases()) print(`forms/${c.id}`, caseSheets(c));
print('synthetic 20,000 clean', workbook(20_000));
print('synthetic 20,000 with typos', workbook(20_000, 4));
