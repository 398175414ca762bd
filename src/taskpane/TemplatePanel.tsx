// Templates in the pane: save the checked tables as templates in the workbook, check by them, import and export
// them as .json, roll a sheet forward onto a new sheet, and add a table from the built-in library.
import * as React from 'react';
import { Body1, Button, Field, Input, Select, Switch, Tooltip } from '@fluentui/react-components';
import type { Template } from '../core';
import { LIBRARY } from '../core/library/entries';
import { defaultPeriod } from '../core/library/default-period';
import type { Host } from './host';
import type { CheckRunner } from './check-runner';
import type { TemplateTaskResult } from './template-tasks';
import { usePaneStyles } from './pane-styles';
import { saveFile } from './save-file';
import type { Strings } from './strings';

type Status = { intent: 'success' | 'error' | 'info' | 'warning'; text: string };

export interface TemplatePanelProps {
  host: Host;
  runner: CheckRunner;
  strings: Strings;
  useTemplates: boolean;
  onUseTemplates: (on: boolean) => void;
  onStatus: (status: Status) => void;
  /** After a save, an import, or a new sheet: the pane checks again. */
  onChanged: () => void;
  disabled: boolean;
}

export function TemplatePanel({ host, runner, strings: s, useTemplates, onUseTemplates, onStatus, onChanged, disabled }: TemplatePanelProps) {
  const styles = usePaneStyles();
  const [stored, setStored] = React.useState<Template>();
  const [sheetNames, setSheetNames] = React.useState<string[]>([]);
  const [broken, setBroken] = React.useState<string>();
  const [loaded, setLoaded] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [rollSheet, setRollSheet] = React.useState('');
  const [rollTo, setRollTo] = React.useState('');
  const [entryId, setEntryId] = React.useState(LIBRARY[0].id);
  const [period, setPeriod] = React.useState(defaultPeriod(LIBRARY[0].kind, new Date()).label);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const refresh = React.useCallback(async () => {
    setSheetNames(await host.sheetNames().catch(() => []));
    try {
      setStored(await host.readTemplates());
      setBroken(undefined);
    } catch (e) {
      setStored(undefined);
      setBroken((e as Error).message);
    }
    setLoaded(true);
  }, [host]);
  React.useEffect(() => {
    if (!disabled) void refresh();
  }, [refresh, disabled]);
  React.useEffect(() => {
    if (!sheetNames.includes(rollSheet)) setRollSheet(sheetNames[0] ?? '');
  }, [sheetNames, rollSheet]);

  /** Runs a template task, then lets `then` write its result through the host; refusals and failures become the status. */
  const act = async (task: () => Promise<TemplateTaskResult>, then: (r: Exclude<TemplateTaskResult, { kind: 'refused' }>) => Promise<string>) => {
    setBusy(true);
    try {
      const result = await task();
      if (result.kind === 'refused') return onStatus({ intent: 'warning', text: s.refused(result.message) });
      const done = await then(result);
      const where = await host.saveTemplates(result.template);
      await refresh();
      onChanged();
      onStatus(where ? { intent: 'warning', text: `${done} ${where}` } : { intent: 'success', text: done });
    } catch (e) {
      onStatus({ intent: 'error', text: s.refused((e as Error).message) });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(
      async () => runner.template({ kind: 'save', sheets: (await host.readSheets('all')).sheets, stored, lang: host.lang }),
      async (r) => s.savedTemplates(r.kind === 'saved' ? r.ids : []),
    );

  const roll = () =>
    act(
      async () => runner.template({ kind: 'roll', sheets: (await host.readSheets('all')).sheets, sheet: rollSheet, to: rollTo, stored, lang: host.lang }),
      async (r) => {
        if (r.kind !== 'rolled') return '';
        await host.addSheet({ kind: 'roll', source: rollSheet, name: r.name, edits: r.plan.edits });
        const headers = r.plan.tables.flatMap((t) => (t.status === 'rolled' ? t.headers.map((h) => `${h.cell}: ${h.before} → ${h.after}`) : []));
        return s.rolled(r.name, headers);
      },
    );

  const addFromLibrary = () =>
    act(
      async () => runner.template({ kind: 'library', id: entryId, period, taken: sheetNames, stored, lang: host.lang }),
      async (r) => {
        if (r.kind !== 'layout') return '';
        await host.addSheet({ kind: 'layout', layout: r.layout });
        return s.added(r.layout.name);
      },
    );

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    await act(
      async () => runner.template({ kind: 'import', text, stored, lang: host.lang }),
      async (r) => s.imported(r.kind === 'imported' ? r.ids : []),
    );
  };

  const exportFile = () => {
    if (!stored) return;
    saveFile([JSON.stringify(stored, null, 2) + '\n'], 'application/json', 'mau-bang.json');
  };

  const off = disabled || busy;
  const entry = LIBRARY.find((e) => e.id === entryId)!;
  return (
    <section aria-label={s.templates} data-testid="templates">
      <Body1 block data-testid="stored">
        {!loaded ? s.reading : broken ? s.storedBroken(broken) : stored?.tables.length ? s.stored(stored.tables.map((t) => t.id)) : s.storedNone}
      </Body1>
      <div className={styles.row}>
        <Switch label={s.useTemplates} checked={useTemplates} onChange={(_, d) => onUseTemplates(d.checked)} disabled={off || !stored?.tables.length} data-testid="use-templates" />
      </div>
      <div className={styles.row} role="toolbar" aria-label={s.templates}>
        <Tooltip content={s.saveHint} relationship="description">
          <Button onClick={save} disabled={off} data-testid="save-templates">
            {s.saveTemplates}
          </Button>
        </Tooltip>
        <Button onClick={exportFile} disabled={off || !stored?.tables.length} data-testid="export-templates">
          {s.exportTemplates}
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={off} data-testid="import-templates">
          {s.importTemplates}
        </Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={(e) => void importFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
      </div>
      <div className={styles.row}>
        <Field label={s.rollSheet}>
          <Select value={rollSheet} onChange={(_, d) => setRollSheet(d.value)} disabled={off || !sheetNames.length} data-testid="roll-sheet">
            {sheetNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.rollTo}>
          <Input value={rollTo} onChange={(_, d) => setRollTo(d.value)} disabled={off} data-testid="roll-to" />
        </Field>
        <Tooltip content={s.rollHint} relationship="description">
          <Button onClick={roll} disabled={off || !rollSheet || !rollTo.trim()} data-testid="roll">
            {s.roll}
          </Button>
        </Tooltip>
      </div>
      <div className={styles.row}>
        <Field label={s.library} style={{ width: '100%', minWidth: 0 }}>
          <Select
            root={{ style: { width: '100%', minWidth: 0 } }}
            style={{ width: '100%', textOverflow: 'ellipsis' }}
            value={entryId}
            onChange={(_, d) => {
              setEntryId(d.value);
              setPeriod(defaultPeriod(LIBRARY.find((e) => e.id === d.value)!.kind, new Date()).label);
            }}
            disabled={off}
            data-testid="library"
          >
            {LIBRARY.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.libraryPeriod} hint={entry.kind === 'term' ? '2025 - 2030' : '2024'}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} disabled={off} data-testid="library-period" />
        </Field>
        <Button onClick={addFromLibrary} disabled={off || !period.trim()} data-testid="add-library">
          {s.addLibrary}
        </Button>
      </div>
    </section>
  );
}
