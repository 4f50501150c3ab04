// Small helpers for the benchmark: medians, rounding and plain-text tables.

/** Median of the finite numbers in `values` (null when there are none). */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Round for display and JSON: 2 decimals under 10, 1 under 100, whole numbers above. */
function round(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const abs = Math.abs(value);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function fmt(value, unit = '') {
  const r = round(value);
  return r === null ? '–' : `${r.toLocaleString('en-US')}${unit}`;
}

export const kB = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1000);
export const MB = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1e6);

/** A plain-text table with a title, right-aligned columns except the first. */
export function table(title, header, rows) {
  const cells = [header, ...rows].map((row) => row.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  // Columns of numbers are right-aligned; the first column and columns of words, left-aligned.
  const numeric = header.map((_, i) => i > 0 && cells.slice(1).every((row) => /^([-+–]|\d)/.test(row[i] ?? '–')));
  const line = (row) =>
    row
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n${title}`, line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
