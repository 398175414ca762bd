// "Soát số liệu trong văn bản": every figure-bearing claim of the report with its verdict; clicking one
// shows its sentence; in Word a proposed correction can be applied to that one figure, nothing else.
import * as React from 'react';
import {
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
  Subtitle2,
  Switch,
  Title3,
} from '@fluentui/react-components';
import type { ProseClaim, ScanResult, SheetInput } from '../core';
import { Cancelled, CheckRunner } from './check-runner';
import type { ProseHost } from './prose-host';
import { stringsFor } from './strings';
import { usePaneStyles } from './pane-styles';

const useStyles = makeStyles({
  quote: { fontStyle: 'italic' },
});

const COLOR = { inconsistent: 'danger', rounding: 'warning', ambiguous: 'informative', consistent: 'success' } as const;
const ORDER = { inconsistent: 0, rounding: 1, ambiguous: 2, consistent: 3 };

export interface ProsePaneProps {
  host: ProseHost;
  runner: CheckRunner;
  /** The file host's own controls (open a file). */
  fileControls?: React.ReactNode;
  /** Reads an .xlsx the user picks, to compare the prose with its tables. */
  readWorkbook?: (bytes: ArrayBuffer) => Promise<SheetInput[]>;
  status?: string;
}

export function ProsePane({ host, runner, fileControls, readWorkbook, status: hostStatus }: ProsePaneProps) {
  const s = stringsFor(host.lang);
  const styles = { ...usePaneStyles(), ...useStyles() };
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<ScanResult>();
  const [all, setAll] = React.useState(false);
  const [status, setStatus] = React.useState<{ intent: 'success' | 'error' | 'info'; text: string }>();
  const [workbook, setWorkbook] = React.useState<{ name: string; sheets: SheetInput[] }>();
  const [confirming, setConfirming] = React.useState<ProseClaim>();
  const input = React.useRef<HTMLInputElement>(null);

  const scan = React.useCallback(async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      setResult(await runner.scan(await host.readParagraphs(), host.lang, workbook?.sheets));
    } catch (e) {
      setStatus(e instanceof Cancelled ? { intent: 'info', text: s.cancelled } : { intent: 'error', text: s.failed((e as Error).message) });
    } finally {
      setBusy(false);
    }
  }, [host, runner, workbook, s]);

  const apply = async (claim: ProseClaim) => {
    setConfirming(undefined);
    const ok = await host.applyFix(claim);
    await scan();
    setStatus(ok ? { intent: 'success', text: s.proseFixed(claim.fix!.text, claim.fix!.value) } : { intent: 'error', text: s.proseNotFound });
  };

  const where = (c: ProseClaim) => (c.location === 'body' ? s.bodyParagraph(c.paragraph) : s.footnote(Number(c.location.slice(9))));
  const shown = (result?.claims ?? []).filter((c) => all || c.verdict !== 'consistent').sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);

  return (
    <main className={styles.root} aria-label={s.title}>
      <header>
        <Title3 as="h1">{s.title}</Title3>
        <Caption1 block>{s.subtitleProse}</Caption1>
      </header>
      {fileControls}
      <div className={styles.row} role="toolbar" aria-label={s.scan}>
        <Button appearance="primary" onClick={scan} disabled={busy} data-testid="scan">
          {s.scan}
        </Button>
        {readWorkbook && (
          <>
            <input
              ref={input}
              className={styles.hidden}
              type="file"
              accept=".xlsx"
              tabIndex={-1}
              aria-hidden
              data-testid="workbook-input"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setWorkbook({ name: file.name, sheets: await readWorkbook(await file.arrayBuffer()) });
                e.target.value = '';
              }}
            />
            <Button onClick={() => input.current?.click()}>{s.compareWorkbook}</Button>
            {workbook && <Caption1>{s.comparingWith(workbook.name)}</Caption1>}
          </>
        )}
      </div>
      {busy && <ProgressBar aria-label={s.checking} />}
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {hostStatus && <Caption1 aria-live="polite" data-testid="host-status">{hostStatus}</Caption1>}
      {result && (
        <section aria-label={s.findings}>
          <div className={styles.row}>
            <Subtitle2 data-testid="prose-summary">{s.proseSummary(result.summary.claims, result.summary.inconsistent, result.summary.rounding, result.summary.ambiguous)}</Subtitle2>
            <Switch label={s.showRight} checked={all} onChange={(_, d) => setAll(d.checked)} />
          </div>
          {result.summary.claims === 0 && <Body1>{s.noClaims}</Body1>}
          <ul className={styles.list}>
            {shown.map((c, i) => (
              <li key={`${c.location}-${c.paragraph}-${c.start}-${c.kind}-${i}`} className={styles.card} data-testid="claim">
                <Button appearance="subtle" className={styles.goto} onClick={() => host.selectClaim(c)}>
                  <span>
                    <Badge color={COLOR[c.verdict]} appearance="tint">
                      {s.verdict[c.verdict]}
                    </Badge>{' '}
                    <strong>{where(c)}</strong>: <span className={styles.quote}>«{c.quote}»</span>
                  </span>
                </Button>
                <Caption1>{c.message}</Caption1>
                {host.canFix && c.fix && c.verdict !== 'consistent' && (
                  <div className={styles.row}>
                    <Button size="small" onClick={() => setConfirming(c)} data-testid="prose-fix">
                      {s.proseFix(c.fix.text, c.fix.value)}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Dialog open={!!confirming} onOpenChange={(_, d) => !d.open && setConfirming(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent>{confirming?.fix && s.proseConfirm(confirming.fix.text, confirming.fix.value)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => confirming && apply(confirming)}>
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
