// "Chèn bảng": a workbook's checked tables as the report will show them; preview one, insert it at the
// cursor (a table with errors only after "Vẫn chèn"), or refresh the tables already inserted.
import * as React from 'react';
import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import type { Lang, SheetInput, TableDocument, Template } from '../core';
import type { CheckRunner } from './check-runner';
import { stringsFor } from './strings';
import { usePaneStyles } from './pane-styles';

export interface ReportTarget {
  /** Reports footnote references Word left outside the table's content control and could not bring in. */
  insert(doc: TableDocument, source: string): Promise<{ kind: 'inside' | 'moved' | 'outside'; footnotes?: number } | void>;
  /** Every table at once, in order, each in its own content control. */
  insertAll(docs: TableDocument[], source: string): Promise<({ kind: 'inside' | 'moved' | 'outside'; footnotes?: number } | void)[]>;
  update(doc: TableDocument): Promise<{ found: boolean; changes: { row: number; col: number; from: string; to: string }[]; reshaped: boolean }>;
}

const useStyles = makeStyles({
  preview: { borderCollapse: 'collapse', fontFamily: '"Times New Roman", serif', fontSize: '12px', '& td, & th': { border: `1px solid ${tokens.colorNeutralForeground1}`, padding: '2px 4px' } },
});

export interface ReportPaneProps {
  lang: Lang;
  runner: CheckRunner;
  target: ReportTarget;
  readWorkbook: (b: ArrayBuffer) => Promise<SheetInput[]>;
  /** The templates stored in the workbook: their footnote sentences go under the inserted tables. */
  readTemplates?: (b: ArrayBuffer) => Promise<Template | undefined>;
}

export function ReportPane({ lang, runner, target, readWorkbook, readTemplates }: ReportPaneProps) {
  const s = stringsFor(lang);
  const styles = { ...usePaneStyles(), ...useStyles() };
  const input = React.useRef<HTMLInputElement>(null);
  const [source, setSource] = React.useState<string>();
  const [docs, setDocs] = React.useState<TableDocument[]>([]);
  const [open, setOpen] = React.useState<string>();
  const [status, setStatus] = React.useState<{ intent: 'success' | 'error' | 'info' | 'warning'; text: string }>();
  const [confirmAll, setConfirmAll] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  const load = async (file: File) => {
    setStatus(undefined);
    const bytes = await file.arrayBuffer();
    const sheets = await readWorkbook(bytes);
    let template: Template | undefined;
    try {
      template = await readTemplates?.(bytes);
    } catch (e) {
      // Damaged stored templates do not stop the tables: they are inserted with sentences from their figures.
      setStatus({ intent: 'warning', text: s.storedBroken((e as Error).message) });
    }
    setDocs(await runner.documents(sheets, lang, template));
    setSource(file.name);
  };
  const insert = async (doc: TableDocument) => {
    const placed = await target.insert(doc, source ?? '');
    if (placed && placed.kind === 'outside') setStatus({ intent: 'warning', text: `${s.inserted(doc.caption)} ${s.footnotesOutside(placed.footnotes ?? 0)}` });
    else setStatus({ intent: 'success', text: s.inserted(doc.caption) });
  };
  // Tables with errors go in only after the same explicit choice the single insert asks for.
  const insertAll = async (which: TableDocument[]) => {
    setConfirmAll(false);
    setBusy(true);
    try {
      const placed = await target.insertAll(which, source ?? '');
      const outside = placed.reduce((n, p) => n + (p && p.kind === 'outside' ? (p.footnotes ?? 0) : 0), 0);
      setStatus(outside ? { intent: 'warning', text: `${s.insertedAll(which.length)} ${s.footnotesOutside(outside)}` } : { intent: 'success', text: s.insertedAll(which.length) });
    } catch (e) {
      setStatus({ intent: 'error', text: s.refused((e as Error).message) });
    } finally {
      setBusy(false);
    }
  };
  const withErrors = docs.filter((d) => d.errors > 0);
  const clean = docs.filter((d) => d.errors === 0);

  const updateAll = async () => {
    const lines: string[] = [];
    for (const doc of docs) {
      const r = await target.update(doc);
      if (!r.found) continue;
      if (r.reshaped) lines.push(s.reshaped(doc.caption));
      else if (r.changes.length) lines.push(s.changed(doc.caption, r.changes.filter((c) => c.row >= 0).map((c) => `${c.from || '∅'} → ${c.to}`).join(', ') || s.footnotesOnly));
    }
    setStatus({ intent: 'info', text: lines.length ? lines.join(' ') : s.nothingChanged });
  };

  return (
    <section aria-label={s.insertTables}>
      <div className={styles.row}>
        <input ref={input} className={styles.hidden} type="file" accept=".xlsx" tabIndex={-1} aria-hidden data-testid="report-input" onChange={(e) => { const f = e.target.files?.[0]; if (f) void load(f); e.target.value = ''; }} />
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {s.openWorkbook}
        </Button>
        {source && <Body1>{source}</Body1>}
        {docs.length > 0 && <Button onClick={updateAll}>{s.updateTables}</Button>}
      </div>
      {docs.length > 1 && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} aria-expanded={withErrors.length ? confirmAll : undefined} onClick={() => (withErrors.length ? setConfirmAll(!confirmAll) : void insertAll(docs))} data-testid="insert-all">
            {s.insertAll(docs.length)}
          </Button>
        </div>
      )}
      {confirmAll && (
        <MessageBar intent="warning" data-testid="insert-all-confirm">
          <MessageBarBody>
            {s.insertAllErrors(withErrors.map((d) => `${d.caption} (${s.tableErrors(d.errors)})`))}
            <div className={styles.row}>
              <Button size="small" onClick={() => insertAll(docs)} data-testid="insert-all-anyway">
                {s.insertAllAnyway}
              </Button>
              {clean.length > 0 && (
                <Button size="small" onClick={() => insertAll(clean)} data-testid="insert-all-clean">
                  {s.insertAllClean(clean.length)}
                </Button>
              )}
              <Button size="small" onClick={() => setConfirmAll(false)}>
                {s.cancel}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {source && <Subtitle2>{s.tablesFound(docs.length)}</Subtitle2>}
      <ul className={styles.list}>
        {docs.map((doc) => (
          <li key={doc.id} className={styles.card} data-testid="report-table">
            <Body1>
              <strong>{doc.caption}</strong>
            </Body1>
            <div className={styles.row}>
              <Badge color={doc.errors ? 'danger' : doc.warnings ? 'warning' : 'success'} appearance="tint">
                {doc.errors ? s.tableErrors(doc.errors) : doc.warnings ? s.tableWarnings(doc.warnings) : s.tableOk}
              </Badge>
              <Button size="small" onClick={() => setOpen(open === doc.id ? undefined : doc.id)} aria-expanded={open === doc.id}>
                {s.preview}
              </Button>
              {doc.errors === 0 ? (
                <Button size="small" appearance="primary" onClick={() => insert(doc)} data-testid="insert">
                  {s.insert}
                </Button>
              ) : (
                <Button size="small" onClick={() => insert(doc)} data-testid="insert-anyway">
                  {s.insertAnyway}
                </Button>
              )}
            </div>
            {open === doc.id && (
              <div>
                {doc.unit && <Caption1 block>{`Đơn vị tính: ${doc.unit}`}</Caption1>}
                <table className={styles.preview}>
                  <tbody>
                    {doc.rows.map((row, r) => (
                      <tr key={r}>
                        {row.cells.map((cell, c) => {
                          const style = { textAlign: cell.align, fontWeight: cell.bold ? 'bold' : 'normal' } as const;
                          return row.header ? (
                            <th key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} style={style}>
                              {cell.text}
                            </th>
                          ) : (
                            <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} style={style}>
                              {cell.text}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {doc.footnotes.map((f, i) => (
                  <Caption1 key={i} block>{`${i + 1}. ${f}`}</Caption1>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
