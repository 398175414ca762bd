// Starts the pane: inside Excel through Office.js, or in a plain browser over a file the user opens.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ReportPane } from './ReportPane';
import { saveFile } from './save-file';
import { WordReport } from '../word/word-report';
import type { Lang } from '../core';
import { App } from './App';
import { CheckRunner } from './check-runner';
import { ExcelHost } from '../excel/excel-host';
import { FileControls } from './FileControls';
import { FileHost, XlsxModule } from './file-host';
import { FileProseHost } from './file-prose-host';
import { ProsePane } from './ProsePane';
import { WordProseHost } from '../word/word-prose';
import type { ProseClaim } from '../core';
import type { CellRef } from './host';
import { chooseLang, stringsFor } from './strings';
import { LANG_KEY, readPref, Shell } from './Shell';

const WORKER_URL = new URL('check-worker.js', document.baseURI).href;
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsx-module') as Promise<XlsxModule>;
const readXlsx = async (bytes: ArrayBuffer) => (await loadXlsx()).readWorkbook(bytes);

function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

function mount(node: React.ReactNode, dark: boolean) {
  const root = createRoot(document.getElementById('root')!);
  root.render(<FluentProvider theme={dark ? webDarkTheme : webLightTheme}>{node}</FluentProvider>);
}

function FilePane({ lang }: { lang: Lang }) {
  const s = stringsFor(lang);
  const runner = React.useMemo(() => new CheckRunner(WORKER_URL), []);
  const [host, setHost] = React.useState<FileHost>();
  const [prose, setProse] = React.useState<FileProseHost>();
  const [selected, setSelected] = React.useState<CellRef>();
  const [viewing, setViewing] = React.useState<ProseClaim>();
  const [changes, setChanges] = React.useState(0);
  // Each opening starts a fresh pane, even for a file of the same name: the previous findings belong to the previous copy.
  const [openings, setOpenings] = React.useState(0);
  const open = async (file: File) => {
    const bytes = await file.arrayBuffer();
    setOpenings((n) => n + 1);
    setSelected(undefined);
    setViewing(undefined);
    setChanges(0);
    if (/\.(docx|txt)$/i.test(file.name)) {
      // A report: its prose is checked. The .txt is the drafts' export format (footnotes at the end).
      const read = async () => {
        const x = await loadXlsx();
        return /\.docx$/i.test(file.name) ? x.readDocx(bytes) : x.parseExportedText(new TextDecoder().decode(bytes));
      };
      setHost(undefined);
      setProse(new FileProseHost(lang, file.name, read, setViewing));
      return;
    }
    setProse(undefined);
    setHost(new FileHost(lang, { name: file.name, bytes }, loadXlsx, setSelected));
  };
  const download = async () => {
    if (!host) return;
    saveFile([await host.correctedCopy()], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', host.copyName);
  };
  const controls = <FileControls strings={s} fileName={host?.file.name ?? prose?.name} changes={changes} onOpen={open} onDownload={download} />;
  if (prose) {
    const where = viewing ? (viewing.location === 'body' ? s.bodyParagraph(viewing.paragraph) : s.footnote(Number(viewing.location.slice(9)))) : '';
    return (
      <ProsePane
        key={prose.name}
        host={prose}
        runner={runner}
        fileControls={controls}
        readWorkbook={async (b) => (await loadXlsx()).readWorkbook(b)}
        status={viewing ? s.viewing(where, viewing.quote) : undefined}
      />
    );
  }
  if (!host) return <App key="none" host={placeholderHost(lang)} runner={runner} fileControls={controls} ready={false} />;
  return (
    <App
      key={openings}
      host={host}
      runner={runner}
      fileControls={controls}
      hostStatus={selected ? s.selected(`${selected.sheet}!${selected.cell}`) : undefined}
      onChanged={() => setChanges(host.changes)}
      readWorkbook={readXlsx}
    />
  );
}

function WordPane({ lang, host, report, footnotes }: { lang: Lang; host: WordProseHost; report: WordReport; footnotes: boolean }) {
  const s = stringsFor(lang);
  const runner = React.useMemo(() => new CheckRunner(WORKER_URL), []);
  const [tab, setTab] = React.useState<'prose' | 'tables'>('prose');
  const readWorkbook = async (b: ArrayBuffer) => (await loadXlsx()).readWorkbook(b);
  const readTemplates = async (b: ArrayBuffer) => (await loadXlsx()).readStoredTemplate(b);
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'prose' | 'tables')}>
        <Tab value="prose">{s.proseTab}</Tab>
        <Tab value="tables">{s.insertTables}</Tab>
      </TabList>
      {tab === 'prose' ? (
        <ProsePane host={host} runner={runner} readWorkbook={readWorkbook} status={footnotes ? undefined : s.noFootnotes} />
      ) : (
        <main style={{ padding: 12 }} aria-label={s.insertTables}>
          <ReportPane lang={lang} runner={runner} target={report} readWorkbook={readWorkbook} readTemplates={readTemplates} />
        </main>
      )}
    </>
  );
}

/** Before a file is opened there is nothing to read; the pane shows its controls with Check disabled. */
function placeholderHost(lang: Lang): FileHost {
  return new FileHost(lang, { name: '', bytes: new ArrayBuffer(0) }, async () => loadXlsx(), () => undefined);
}

function ExcelPane({ lang, canFlag, notes }: { lang: Lang; canFlag: boolean; notes: boolean }) {
  const host = React.useMemo(
    () =>
      new ExcelHost(lang, (batch) => Excel.run(batch), canFlag, {
        notes,
        customXml: Office.context.requirements.isSetSupported('ExcelApi', '1.5'),
        // A workbook never saved has no URL yet; on iPad its custom XML calls fail until it is saved once.
        isSaved: () => !!Office.context.document?.url,
      }),
    [lang, canFlag, notes],
  );
  const runner = React.useMemo(() => new CheckRunner(WORKER_URL), []);
  return <App host={host} runner={runner} readWorkbook={readXlsx} />;
}

function WordHostPane({ lang, footnotes }: { lang: Lang; footnotes: boolean }) {
  const host = React.useMemo(() => new WordProseHost(lang, (batch) => Word.run(batch), footnotes), [lang, footnotes]);
  const report = React.useMemo(() => new WordReport((batch) => Word.run(batch), footnotes), [footnotes]);
  return <WordPane lang={lang} host={host} report={report} footnotes={footnotes} />;
}

const query = () => new URLSearchParams(location.search).get('lang');

function startFile() {
  // Vietnamese first: staff browsers are often set to English, so English only when asked (?lang=en) or picked.
  const lang = chooseLang({ query: query(), stored: readPref(LANG_KEY) });
  mount(<Shell initial={lang}>{(l) => <FilePane lang={l} />}</Shell>, matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
}

function startOffice() {
  Office.onReady((info) => {
    const lang = chooseLang({ query: query(), stored: readPref(LANG_KEY), locale: Office.context.displayLanguage });
    const dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
    const supported = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
    if (info.host === Office.HostType.Excel) {
      if (!supported('ExcelApi', '1.13')) {
        mount(
          <MessageBar intent="warning">
            <MessageBarBody>{stringsFor(lang).tooOld}</MessageBarBody>
          </MessageBar>,
          dark,
        );
        return;
      }
      // Fills need ExcelApi 1.9 (inside the 1.13 required above); notes need 1.18, missing from Office 2021/2024
      // and failing on the web at times: the host also turns them off when they fail.
      mount(<Shell initial={lang}>{(l) => <ExcelPane lang={l} canFlag={supported('ExcelApi', '1.9')} notes={supported('ExcelApi', '1.18')} />}</Shell>, dark);
    } else if (info.host === Office.HostType.Word) {
      const footnotes = supported('WordApi', '1.5');
      mount(<Shell initial={lang}>{(l) => <WordHostPane lang={l} footnotes={footnotes} />}</Shell>, dark);
    } else {
      mount(<Shell initial={lang}>{(l) => <FilePane lang={l} />}</Shell>, dark);
    }
  });
}

if (typeof Office !== 'undefined') startOffice();
else startFile();
