/** Saves text as a file through the browser's download (an object URL; nothing leaves the machine). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** «fjordvikkommune» from a page URL, for file names. */
export function fileSlug(url: string): string {
  try {
    const u = new URL(url);
    const id = u.searchParams.get('id');
    const part = u.pathname.split('/').filter(Boolean).pop() ?? 'side';
    return (id ? `${part}-${id}` : part).toLowerCase().replace(/[^a-z0-9æøå-]+/g, '-').slice(0, 60) || 'side';
  } catch {
    return 'side';
  }
}

export function dayStamp(iso: string): string {
  return iso.slice(0, 10);
}
