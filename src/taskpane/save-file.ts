// Handing the user a file from the pane: the browser's download of an in-memory blob (nothing is uploaded).
export function saveFile(parts: BlobPart[], type: string, name: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by then; the blob's memory is given back.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
