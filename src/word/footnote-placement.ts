// After a table is inserted: are its footnote references inside its content control? Word on the web has put
// them just outside (after) the control, Word for Mac inside. Decided by reading back where they landed, not by
// platform. A reference left outside is brought in by recreating the control over the wider range, keeping the
// content; a reference inside a table is only reported, since a control must not start or end on table rows.

export type FootnotePlacement =
  | { kind: 'inside' }
  | { kind: 'moved'; footnotes: number }
  | { kind: 'outside'; footnotes: number };

/** One sync when every footnote is in place; three more when some must be brought into the control. */
export async function keepFootnotesInside(context: Word.RequestContext, control: Word.ContentControl, expected: number): Promise<FootnotePlacement> {
  if (expected === 0) return { kind: 'inside' };
  const whole = control.getRange('Whole');
  const inside = whole.footnotes;
  inside.load('items');
  control.load('tag, title');
  await context.sync();
  const missing = expected - inside.items.length;
  if (missing <= 0) return { kind: 'inside' };

  const all = context.document.body.footnotes;
  all.load('items');
  await context.sync();
  const places = all.items.map((n) => ({ note: n, where: n.reference.compareLocationWith(whole), table: n.reference.parentTableOrNullObject }));
  places.forEach((p) => p.table.load('isNullObject'));
  await context.sync();
  // The nearest references after the control are the ones that slipped out of it; earlier ones belong to others.
  const after = places.filter((p) => p.where.value === 'AdjacentAfter' || p.where.value === 'After').slice(0, missing);
  if (after.length < missing || after.some((p) => !p.table.isNullObject)) return { kind: 'outside', footnotes: missing };

  const { tag, title } = control;
  const wider = whole.expandTo(after[after.length - 1].note.reference);
  control.delete(true);
  const next = wider.insertContentControl();
  next.tag = tag;
  next.title = title;
  const check = next.getRange('Whole').footnotes;
  check.load('items');
  await context.sync();
  return check.items.length >= expected ? { kind: 'moved', footnotes: missing } : { kind: 'outside', footnotes: expected - check.items.length };
}
