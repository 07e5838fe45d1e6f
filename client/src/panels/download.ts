// Saves a blob or text as a file through a temporary link (exports, CSV lists, tour files).
// Browser I/O only; the page's one way to download.

export const download = (name: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const downloadText = (name: string, text: string, type: string): void =>
  download(name, new Blob([text], { type }));
