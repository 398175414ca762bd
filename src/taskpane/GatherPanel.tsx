// "Tổng hợp" in the pane: the districts' workbooks gathered by a template (the one stored in the open workbook, or
// tables of the library), each district's status with its notes, then the gathered tables written as new sheets
// of the open workbook, only when asked. The gathering itself runs in the worker, through the core.
import * as React from 'react';
import { Badge, Body1, Button, Caption1, Checkbox, Field, Input, ProgressBar, Radio, RadioGroup, Switch, Tooltip } from '@fluentui/react-components';
import type { DistrictState, SheetInput, Template } from '../core';
import { LIBRARY } from '../core/library/entries';
import { defaultPeriod } from '../core/library/default-period';
import type { Host } from './host';
import type { CheckRunner } from './check-runner';
import type { TemplateTaskResult } from './template-tasks';
import { PickedFile, readDistricts } from './gather-files';
import { usePaneStyles } from './pane-styles';
import type { Strings } from './strings';

type Status = { intent: 'success' | 'error' | 'info' | 'warning'; text: string };
type Gathered = Extract<TemplateTaskResult, { kind: 'gathered' }>;

const STATE_COLOR: Record<DistrictState, 'success' | 'warning' | 'danger' | 'informative'> = {
  ok: 'success',
  incomplete: 'warning',
  errors: 'danger',
  'left-out': 'danger',
  duplicate: 'warning',
  unreadable: 'danger',
  'no-table': 'danger',
};

export interface GatherPanelProps {
  host: Host;
  runner: CheckRunner;
  strings: Strings;
  readWorkbook: (bytes: ArrayBuffer) => Promise<SheetInput[]>;
  onStatus: (status: Status) => void;
  /** After new sheets were written: the pane checks again. */
  onChanged: () => void;
  disabled: boolean;
}

export function GatherPanel({ host, runner, strings: s, readWorkbook, onStatus, onChanged, disabled }: GatherPanelProps) {
  const styles = usePaneStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [stored, setStored] = React.useState<Template>();
  const [source, setSource] = React.useState<'stored' | 'library'>('library');
  const [chosen, setChosen] = React.useState<string[]>([LIBRARY[0].id]);
  const [period, setPeriod] = React.useState(defaultPeriod(LIBRARY[0].kind, new Date()).label);
  const [skipErrors, setSkipErrors] = React.useState(false);
  const [files, setFiles] = React.useState<PickedFile[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Gathered>();
  const [written, setWritten] = React.useState<string[]>([]);
  const [open, setOpen] = React.useState<string>();

  React.useEffect(() => {
    if (disabled) return;
    // A damaged stored template is reported by the templates section; here it only means "not available".
    host.readTemplates().then(
      (t) => {
        setStored(t?.tables.length ? t : undefined);
        if (t?.tables.length) setSource('stored');
      },
      () => setStored(undefined),
    );
  }, [host, disabled]);

  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setFiles(await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))));
    setResult(undefined);
    setWritten([]);
  };

  const gather = async () => {
    setBusy(true);
    setResult(undefined);
    setWritten([]);
    try {
      const { districts, unread } = await readDistricts(files, readWorkbook, host.lang);
      const from = source === 'stored' && stored ? { stored } : { library: chosen, period };
      const r = await runner.template({ kind: 'gather', source: from, districts, unread, taken: await host.sheetNames(), skipErrors, lang: host.lang });
      if (r.kind === 'refused') return onStatus({ intent: 'warning', text: s.refused(r.message) });
      if (r.kind !== 'gathered') return;
      setResult(r);
      const intent = !r.included.length ? 'error' : r.districts.every((d) => d.state === 'ok') ? 'success' : 'warning';
      onStatus({ intent, text: r.included.length ? s.gatherSummary(r.included.length, r.districts.length) : s.gatherNothing });
    } catch (e) {
      onStatus({ intent: 'error', text: s.refused((e as Error).message) });
    } finally {
      setBusy(false);
    }
  };

  const write = async () => {
    if (!result?.sheets.length) return;
    setBusy(true);
    try {
      // The names were chosen against the workbook's when gathering; checked again in case a sheet was added since.
      const taken = new Set((await host.sheetNames()).map((n) => n.toLowerCase()));
      const clash = result.sheets.find((l) => taken.has(l.name.toLowerCase()));
      if (clash) return onStatus({ intent: 'warning', text: s.refused(host.lang === 'en' ? `the workbook now has a sheet "${clash.name}": gather again` : `sổ tính đã có trang "${clash.name}": hãy tổng hợp lại`) });
      await host.addSheets(result.sheets.map((layout) => ({ kind: 'layout' as const, layout })));
      const names = result.sheets.map((l) => l.name);
      setWritten(names);
      onChanged();
      onStatus({ intent: 'success', text: `${s.gatherWritten(names)}${host.kind === 'file' ? ` ${s.gatherWrittenFile}` : ''}` });
    } catch (e) {
      onStatus({ intent: 'error', text: s.refused((e as Error).message) });
    } finally {
      setBusy(false);
    }
  };

  const off = disabled || busy;
  const kind = LIBRARY.find((e) => e.id === chosen[0])?.kind ?? 'year';
  return (
    <section aria-label={s.gatherSection} data-testid="gather">
      <RadioGroup aria-label={s.gatherFrom} value={source} onChange={(_, d) => setSource(d.value as 'stored' | 'library')} data-testid="gather-source">
        <Radio value="stored" label={stored ? `${s.gatherStored}: ${stored.tables.map((t) => t.id).join(', ')}` : s.gatherStoredNone} disabled={!stored} />
        <Radio value="library" label={s.gatherLibrary} />
      </RadioGroup>
      {source === 'library' && (
        <div role="group" aria-label={s.gatherLibrary}>
          {LIBRARY.map((e) => (
            <Checkbox
              key={e.id}
              label={e.name}
              checked={chosen.includes(e.id)}
              disabled={off}
              data-testid={`gather-entry-${e.id}`}
              onChange={(_, d) => setChosen((c) => (d.checked ? [...c, e.id] : c.filter((x) => x !== e.id)))}
            />
          ))}
          <Field label={s.libraryPeriod} hint={kind === 'term' ? '2025 - 2030' : '2024'}>
            <Input value={period} onChange={(_, d) => setPeriod(d.value)} disabled={off} data-testid="gather-period" />
          </Field>
        </div>
      )}
      <div className={styles.row}>
        <input ref={input} className={styles.hidden} type="file" accept=".xlsx" multiple tabIndex={-1} aria-hidden data-testid="gather-files" onChange={(e) => void pick(e.target.files).finally(() => (e.target.value = ''))} />
        <Button onClick={() => input.current?.click()} disabled={off}>
          {s.gatherFiles}
        </Button>
        {files.length > 0 && <Caption1 data-testid="gather-chosen">{s.gatherChosen(files.map((f) => f.name))}</Caption1>}
      </div>
      <div className={styles.row}>
        <Switch label={s.gatherSkipErrors} checked={skipErrors} onChange={(_, d) => setSkipErrors(d.checked)} disabled={off} />
        <Button appearance="primary" onClick={gather} disabled={off || !files.length || (source === 'library' && !chosen.length)} data-testid="gather-run">
          {s.gatherRun}
        </Button>
      </div>
      {busy && <ProgressBar aria-label={s.gatherRunning} />}
      {result && (
        <ul className={styles.list} aria-label={s.gatherSection}>
          {result.districts.map((d) => (
            <li key={d.file} className={styles.card} data-testid="gather-district">
              <div className={styles.row}>
                <Body1>
                  <strong>{d.name}</strong>
                </Body1>
                <Badge color={STATE_COLOR[d.state]} appearance="tint" data-testid="gather-state">
                  {s.gatherState[d.state]}
                </Badge>
                {d.errors > 0 && <Caption1>{s.gatherErrorCount(d.errors)}</Caption1>}
                {d.notes.length > 0 && (
                  <Button size="small" appearance="subtle" aria-expanded={open === d.file} onClick={() => setOpen(open === d.file ? undefined : d.file)}>
                    {s.gatherNotes(d.notes.length)}
                  </Button>
                )}
              </div>
              {open === d.file && (
                <ul className={styles.list}>
                  {d.notes.map((n, i) => (
                    <li key={i}>
                      <Caption1>
                        <Badge size="small" color={n.severity === 'error' ? 'danger' : n.severity === 'warning' ? 'warning' : 'informative'} appearance="tint">
                          {s.severity[n.severity]}
                        </Badge>{' '}
                        {n.at && <strong>{n.at} </strong>}
                        {n.message}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {result && result.sheets.length > 0 && written.length === 0 && (
        <Tooltip content={s.gatherWriteHint} relationship="description">
          <Button appearance="primary" onClick={write} disabled={off} data-testid="gather-write">
            {s.gatherWrite}
          </Button>
        </Tooltip>
      )}
      {written.length > 0 && (
        <section aria-label={s.gatherNewSheets}>
          <Caption1 block>{s.gatherNewSheets}</Caption1>
          <ul data-testid="gathered-sheets">
            {written.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
