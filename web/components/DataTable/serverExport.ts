/**
 * Downloads of the server's streamed exports (X-2, INS-4): the response is read as it arrives, so the page can
 * show how much has come, and saved under the server's file name when complete.
 */

/** The XLSX twin of a server CSV export's address (`…/customers.csv?…` → `…/customers.xlsx?…`). */
export const xlsxHrefOf = (csvHref: string) => csvHref.replace(/\.csv(?=\?|$)/, '.xlsx');

export async function downloadStreamed(href: string, onProgress: (bytes: number) => void): Promise<void> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    onProgress(bytes);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
