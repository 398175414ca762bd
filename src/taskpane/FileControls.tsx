// The file host's own controls: open an .xlsx, download the corrected copy.
import * as React from 'react';
import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { usePaneStyles } from './pane-styles';
import type { Strings } from './strings';


export interface FileControlsProps {
  strings: Strings;
  fileName?: string;
  changes: number;
  onOpen: (file: File) => void;
  onDownload: () => void;
}

export function FileControls({ strings: s, fileName, changes, onOpen, onDownload }: FileControlsProps) {
  const styles = usePaneStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <section className={styles.row} aria-label={s.open}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.docx,.txt"
        data-testid="file-input"
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onOpen(file);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()}>{s.open}</Button>
      <Body1 data-testid="file-name">{fileName ?? s.noFile}</Body1>
      {changes > 0 && (
        <>
          <Button appearance="primary" onClick={onDownload} data-testid="download">
            {s.download}
          </Button>
          <Caption1>{s.downloadHint}</Caption1>
        </>
      )}
    </section>
  );
}
