/** Facebook's compact counts in each locale: «6,4k», «1.2K», «6 420», «1,2 mill.», «12 tusen». */
export function parseCount(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim().toLowerCase();
  const m = /^(\d+(?:[ .,]\d+)*)\s*(k|tusen|t|m|mill\.?|mio\.?|mn\.?|million|mrd\.?)?\b/.exec(text);
  if (!m) return null;
  let digits = m[1];
  const unit = m[2];
  let multiplier = 1;
  if (unit) multiplier = unit.startsWith('k') || unit.startsWith('t') ? 1000 : unit.startsWith('mrd') ? 1e9 : 1_000_000;
  if (multiplier > 1) {
    // «6,4k» / «6.4K»: a decimal separator
    const value = Number(digits.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * multiplier) : null;
  }
  // «6 420», «6.420», «6,420»: thousands separators
  digits = digits.replace(/[ .,]/g, '');
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}
