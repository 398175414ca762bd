// What the prose pane needs from wherever the report lives: Word through Office.js, or a file in a browser.
import type { Lang, Paragraph, ProseClaim } from '../core';

export interface ProseHost {
  readonly kind: 'word' | 'file';
  readonly lang: Lang;
  readParagraphs(): Promise<Paragraph[]>;
  /** Show the claim's sentence: select it in Word, or report it in the browser. */
  selectClaim(claim: ProseClaim): Promise<void>;
  /** Replace the one figure the claim's fix names; nothing else in the text changes. */
  applyFix(claim: ProseClaim): Promise<boolean>;
  readonly canFix: boolean;
}
