// The Soát Số task pane: check, read the findings, go to a cell, fix it (undoable), flag and unflag.
// Cell text is only ever rendered as React text, never as HTML.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Title3,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import type { CheckResult, Finding, SheetInput } from '../core';
// The pane imports the core's small pure modules directly: the full core (with mathjs) runs in the worker.
import { parseA1 } from '../core/address';
import type { AppliedFix, CellRef, Host, Scope } from './host';
import { Cancelled, CheckRunner } from './check-runner';
import { restrictToSelection } from './selection';
import { usePaneStyles } from './pane-styles';
import { stringsFor } from './strings';
import { valueToWrite } from './fix-value';
import { TemplatePanel } from './TemplatePanel';
import { GatherPanel } from './GatherPanel';

const useStyles = makeStyles({
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  message: { whiteSpace: 'normal' },
  more: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
  tableTitle: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface AppProps {
  host: Host;
  runner: CheckRunner;
  /** File host only: the picker and the download. */
  fileControls?: React.ReactNode;
  /** A status line from the host (the file host's selected cell). */
  hostStatus?: string;
  onChanged?: () => void;
  /** False until there is something to check (the file host before a file is opened). */
  ready?: boolean;
  /** Reads a district's .xlsx for "Tổng hợp" (exceljs, loaded on demand); without it the section is not shown. */
  readWorkbook?: (bytes: ArrayBuffer) => Promise<SheetInput[]>;
}

/** Findings of one sheet by table, and within a table, the rules that point at the same fix as one group. */
function groupByTable(findings: Finding[], result: CheckResult): { title: string; groups: Finding[][] }[] {
  const tables = new Map<string, Finding[][]>();
  for (const f of findings) {
    const title = result.tables.find((t) => t.id === f.table)?.title ?? '';
    const groups = tables.get(title) ?? [];
    const same = f.fix && f.severity === 'error' ? groups.find((g) => g[0].fix?.cell === f.fix!.cell && g[0].fix?.value === f.fix!.value && g[0].severity === 'error') : undefined;
    if (same) same.push(f);
    else groups.push([f]);
    tables.set(title, groups);
  }
  return [...tables].map(([title, groups]) => ({ title, groups }));
}

const findingKey = (f: Finding) => `${f.sheet}!${f.cell}|${f.rule}|${f.severity}|${f.message}`;

export function App({ host, runner, fileControls, hostStatus, onChanged, ready = true, readWorkbook }: AppProps) {
  const s = stringsFor(host.lang);
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [scope, setScope] = React.useState<Scope>('all');
  const [phase, setPhase] = React.useState<'idle' | 'reading' | 'checking'>('idle');
  const [progress, setProgress] = React.useState(0);
  const [result, setResult] = React.useState<CheckResult>();
  const [sheets, setSheets] = React.useState<SheetInput[]>([]);
  const [status, setStatus] = React.useState<{ intent: 'success' | 'error' | 'info' | 'warning'; text: string }>();
  const [showNotes, setShowNotes] = React.useState(false);
  const [selected, setSelected] = React.useState<string>();
  const [applied, setApplied] = React.useState<Map<string, AppliedFix>>(new Map());
  const [confirming, setConfirming] = React.useState<Finding>();
  const [useTemplates, setUseTemplates] = React.useState(true);

  const reading = React.useRef<AbortController | undefined>(undefined);
  const check = React.useCallback(async () => {
    setStatus(undefined);
    setPhase('reading');
    setProgress(0);
    try {
      reading.current = new AbortController();
      const read = await host.readSheets(scope, { onProgress: setProgress, signal: reading.current.signal });
      setProgress(0);
      setSheets(read.sheets);
      setPhase('checking');
      let template;
      if (useTemplates) {
        try {
          template = await host.readTemplates();
        } catch (e) {
          setStatus({ intent: 'warning', text: s.storedBroken((e as Error).message) });
        }
      }
      let checked = await runner.run(read.sheets, host.lang, setProgress, template);
      if (read.selection) checked = restrictToSelection(checked, read.selection);
      setResult(checked);
    } catch (e) {
      if (e instanceof Cancelled) setStatus({ intent: 'info', text: s.cancelled });
      else setStatus({ intent: 'error', text: s.failed((e as Error).message) });
    } finally {
      setPhase('idle');
    }
  }, [host, runner, scope, s, useTemplates]);

  const go = async (f: Finding) => {
    const key = findingKey(f);
    setSelected(key);
    const target = f.fix && f.fix.cell === f.cell ? f.fix.cell : f.cell;
    await host.selectCell({ sheet: f.sheet, cell: target });
  };

  const rawCell = (at: CellRef) => {
    const pos = parseA1(at.cell);
    return pos ? sheets.find((x) => x.name === at.sheet)?.cells[pos.row]?.[pos.col] : undefined;
  };

  const shownValue = (f: Finding) => {
    if (!f.fix) return '';
    if (f.fix.cell === f.cell) return f.stated;
    const raw = rawCell({ sheet: f.sheet, cell: f.fix.cell })?.value;
    return raw === undefined || raw === null || typeof raw === 'object' ? '' : String(raw);
  };

  const applyFix = async (f: Finding) => {
    setConfirming(undefined);
    if (!f.fix) return;
    const at = { sheet: f.sheet, cell: f.fix.cell };
    const fix = await host.writeValue(at, valueToWrite(f.fix, rawCell(at)));
    setApplied((m) => new Map(m).set(`${at.sheet}!${at.cell}`, fix));
    onChanged?.();
    // Re-check first: it clears the status line, and the confirmation must stay visible after it.
    await check();
    setStatus({ intent: 'success', text: s.fixed(`${at.sheet}!${at.cell}`, f.fix.value) });
  };

  const undo = async (fix: AppliedFix) => {
    await host.undo(fix);
    setApplied((m) => {
      const next = new Map(m);
      next.delete(`${fix.sheet}!${fix.cell}`);
      return next;
    });
    onChanged?.();
    await check();
    setStatus({ intent: 'info', text: s.undone(`${fix.sheet}!${fix.cell}`) });
  };

  const flag = async () => {
    if (!result) return;
    if (!host.canFlag) return setStatus({ intent: 'warning', text: s.flagUnsupported });
    const cells = new Map<string, { sheet: string; cell: string; note: string }>();
    for (const f of result.findings) {
      if (f.severity !== 'error') continue;
      const cell = f.fix?.cell ?? f.cell;
      if (!cells.has(`${f.sheet}!${cell}`)) cells.set(`${f.sheet}!${cell}`, { sheet: f.sheet, cell, note: f.message });
    }
    await host.flag([...cells.values()]);
    setStatus(host.hasNotes === false ? { intent: 'warning', text: s.flaggedNoNotes(cells.size) } : { intent: 'success', text: s.flagged(cells.size) });
    onChanged?.();
  };

  const writeFindings = async () => {
    if (!result || !host.writeFindings) return;
    const rows = result.findings.filter((f) => f.severity !== 'info').map((f) => ({ sheet: f.sheet, cell: f.fix?.cell ?? f.cell, severity: s.severity[f.severity], message: f.message }));
    try {
      await host.writeFindings(rows);
      setStatus({ intent: 'success', text: s.findingsWritten(rows.length) });
    } catch (e) {
      setStatus({ intent: 'error', text: s.refused((e as Error).message) });
    }
  };

  const unflag = async () => {
    const n = await host.unflag();
    setStatus({ intent: 'info', text: s.unflagged(n) });
    onChanged?.();
  };

  const visible = (result?.findings ?? []).filter((f) => showNotes || f.severity !== 'info');
  const bySheet = new Map<string, Finding[]>();
  for (const f of visible) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const busy = phase !== 'idle';

  return (
    <main className={styles.root} aria-label={s.title}>
      <header>
        <Title3 as="h1">{s.title}</Title3>
        <Caption1 block>{host.kind === 'excel' ? s.subtitleExcel : s.subtitleFile}</Caption1>
      </header>

      {fileControls}

      <div className={styles.row} role="toolbar" aria-label={s.check}>
        <Button appearance="primary" onClick={check} disabled={busy || !ready} data-testid="check">
          {s.check}
        </Button>
        {busy && (
          <Button
            onClick={() => {
              reading.current?.abort();
              runner.cancel();
            }}
            data-testid="cancel"
          >
            {s.cancel}
          </Button>
        )}
        {host.kind === 'excel' && (
          <RadioGroup layout="horizontal" aria-label={s.scope} value={scope} onChange={(_, d) => setScope(d.value as Scope)}>
            <Radio value="selection" label={s.scopeSelection} />
            <Radio value="all" label={s.scopeAll} />
          </RadioGroup>
        )}
      </div>

      {busy && (
        <div aria-live="polite">
          <Body1>{phase === 'reading' ? (progress > 0 ? s.readingPart(Math.round(progress * 100)) : s.reading) : s.checking}</Body1>
          <ProgressBar value={phase === 'reading' && progress === 0 ? undefined : progress} aria-label={phase === 'reading' ? s.reading : s.checking} />
        </div>
      )}

      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {hostStatus && <Caption1 aria-live="polite" data-testid="host-status">{hostStatus}</Caption1>}
      {applied.size > 0 && (
        <div className={styles.row}>
          {[...applied.values()].map((fix) => (
            <Button key={`${fix.sheet}!${fix.cell}`} size="small" onClick={() => undo(fix)} disabled={busy} data-testid="undo">
              {`${s.undo} ${fix.sheet}!${fix.cell}`}
            </Button>
          ))}
        </div>
      )}

      <Accordion collapsible>
        <AccordionItem value="templates">
          <AccordionHeader as="h2">{s.templates}</AccordionHeader>
          <AccordionPanel>
            <TemplatePanel
              host={host}
              runner={runner}
              strings={s}
              useTemplates={useTemplates}
              onUseTemplates={setUseTemplates}
              onStatus={setStatus}
              onChanged={() => {
                onChanged?.();
                void check();
              }}
              disabled={busy || !ready}
            />
          </AccordionPanel>
        </AccordionItem>
        {readWorkbook && (
          <AccordionItem value="gather">
            <AccordionHeader as="h2">{s.gatherSection}</AccordionHeader>
            <AccordionPanel>
              <GatherPanel
                host={host}
                runner={runner}
                strings={s}
                readWorkbook={readWorkbook}
                onStatus={setStatus}
                onChanged={() => {
                  onChanged?.();
                  void check();
                }}
                disabled={busy || !ready}
              />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>

      {result && (
        <section aria-label={s.findings}>
          <div className={styles.row}>
            <Subtitle2 data-testid="summary">{s.summary(result.summary.tables, result.summary.errors, result.summary.warnings)}</Subtitle2>
          </div>
          <div className={styles.row}>
            <Tooltip content={s.flagHint} relationship="description">
              <Button onClick={flag} disabled={busy || result.summary.errors === 0} data-testid="flag">
                {s.flag}
              </Button>
            </Tooltip>
            <Button onClick={unflag} disabled={busy} data-testid="unflag">
              {s.unflag}
            </Button>
            {host.writeFindings && (
              <Tooltip content={s.findingsSheetHint} relationship="description">
                <Button onClick={writeFindings} disabled={busy || result.findings.length === 0} data-testid="findings-sheet">
                  {s.findingsSheet}
                </Button>
              </Tooltip>
            )}
            <Switch label={s.showNotes} checked={showNotes} onChange={(_, d) => setShowNotes(d.checked)} />
          </div>
          {result.summary.tables === 0 && <Body1>{s.noTables}</Body1>}
          {result.summary.unread > 0 && <Body1 data-testid="unread">{s.unread(result.summary.unread)}</Body1>}
          {result.summary.tables > 0 && result.summary.errors === 0 && result.summary.warnings === 0 && <Body1>{s.clean}</Body1>}
          <Accordion multiple collapsible defaultOpenItems={[...bySheet.keys()]}>
            {[...bySheet].map(([sheet, findings]) => (
              <AccordionItem key={sheet} value={sheet}>
                <AccordionHeader as="h2">{`${s.sheet} ${sheet} (${findings.length})`}</AccordionHeader>
                <AccordionPanel>
                  {groupByTable(findings, result).map(({ title, groups }) => (
                    <section key={title} aria-label={title}>
                      {title && <Caption1 block className={styles.tableTitle}>{title}</Caption1>}
                      <ul className={styles.list}>
                        {groups.map((group) => {
                          const [f, ...more] = group;
                          const key = findingKey(f);
                          const done = f.fix ? applied.get(`${f.sheet}!${f.fix.cell}`) : undefined;
                          return (
                            <li key={key} className={`${styles.card} ${selected === key ? styles.selected : ''}`} data-testid="finding">
                              <Button appearance="subtle" className={styles.goto} onClick={() => go(f)} aria-current={selected === key}>
                                <span className={styles.message}>
                                  <Badge color={SEVERITY_COLOR[f.severity]} appearance="tint">
                                    {s.severity[f.severity]}
                                  </Badge>{' '}
                                  <strong>{f.fix?.cell ?? f.cell}</strong> {f.message}
                                </span>
                              </Button>
                              {more.length > 0 && (
                                <ul className={styles.more} aria-label={s.alsoFailing(more.length)}>
                                  {more.map((m) => (
                                    <li key={findingKey(m)}>
                                      <Caption1>{m.message.split('. ')[0]}</Caption1>
                                    </li>
                                  ))}
                                </ul>
                              )}
                              {f.fix && !done && f.severity !== 'info' && (
                                <div className={styles.row}>
                                  <Button size="small" onClick={() => setConfirming(f)} data-testid="fix">
                                    {s.fix(`${f.fix.cell} = ${f.fix.value}`)}
                                  </Button>
                                </div>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </section>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      )}

      <Dialog open={!!confirming} onOpenChange={(_, d) => !d.open && setConfirming(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent>{confirming?.fix && s.confirmBody(`${confirming.sheet}!${confirming.fix.cell}`, shownValue(confirming), confirming.fix.value)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => confirming && applyFix(confirming)} data-testid="confirm">
                {s.confirm}
              </Button>
              <Button onClick={() => setConfirming(undefined)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
