// The prose pane over a .docx or .txt opened in the browser: read in memory; selecting reports the claim.
import type { Lang, Paragraph, ProseClaim } from '../core';
import type { ProseHost } from './prose-host';

export class FileProseHost implements ProseHost {
  readonly kind = 'file';
  readonly canFix = false;

  constructor(
    readonly lang: Lang,
    readonly name: string,
    private readonly read: () => Promise<Paragraph[]>,
    private readonly onSelect: (claim: ProseClaim) => void,
  ) {}

  readParagraphs(): Promise<Paragraph[]> {
    return this.read();
  }

  async selectClaim(claim: ProseClaim): Promise<void> {
    this.onSelect(claim);
  }

  async applyFix(): Promise<boolean> {
    return false;
  }
}
