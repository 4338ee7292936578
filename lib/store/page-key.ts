/**
 * The key a page's audits are stored under: its Facebook URL without sub-page, query or hash,
 * so /fjordvik, /fjordvik/about and /fjordvik?ref=… are one page's history.
 */
export function pageKeyFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts[0] === 'profile.php') return `https://www.facebook.com/profile.php?id=${u.searchParams.get('id') ?? ''}`;
    if (parts[0] === 'p' && parts[1]) return `https://www.facebook.com/p/${parts[1]}`;
    return parts[0] ? `https://www.facebook.com/${parts[0].toLowerCase()}` : url;
  } catch {
    return url;
  }
}
