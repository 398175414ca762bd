// Around every pane: the language switch (remembered, since Office's display language is unreliable on Mac and
// the web) and, the first time, two lines on what Soát Số does and that nothing leaves the machine.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../core';
import { stringsFor } from './strings';

export const LANG_KEY = 'soatso.lang';
export const FIRST_RUN_KEY = 'soatso.firstRun';

/** Storage can be switched off (private windows, some Office web settings): the pane then just forgets. */
export function readPref(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writePref(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Nothing to do: the choice lasts for this session only.
  }
}

export function Shell({ initial, children }: { initial: Lang; children: (lang: Lang) => React.ReactNode }) {
  const [lang, setLang] = React.useState<Lang>(initial);
  const [firstRun, setFirstRun] = React.useState(() => readPref(FIRST_RUN_KEY) !== 'seen');
  const s = stringsFor(lang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '4px 12px 0' }}>
        <Button
          size="small"
          appearance="subtle"
          lang={other}
          aria-label={`${s.language}: ${s.otherLanguage}`}
          data-testid="language"
          onClick={() => {
            writePref(LANG_KEY, other);
            setLang(other);
          }}
        >
          {s.otherLanguage}
        </Button>
      </div>
      {firstRun && (
        <MessageBar intent="info" layout="multiline" data-testid="first-run" style={{ margin: '0 12px' }}>
          <MessageBarBody>
            <MessageBarTitle>{s.firstRunTitle}</MessageBarTitle>
            <div>{s.firstRunWhat}</div>
            <div>{s.firstRunPrivate}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                writePref(FIRST_RUN_KEY, 'seen');
                setFirstRun(false);
              }}
            >
              {s.firstRunOk}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* A new language starts the pane afresh: hosts and messages are made in one language. */}
      <React.Fragment key={lang}>{children(lang)}</React.Fragment>
    </>
  );
}
