/** How values are shown to a person: sizes, durations, links. */

/** The project's page in the Streampixel dashboard (the docs' own form of the link). */
export function dashboardUrl(projectId: string): string {
  return `https://dashboard.streampixel.io/projectdetail/${encodeURIComponent(projectId)}`;
}

/**
 * A whole number with thousands separators, as en-US writes it: `20,000`.
 * Not `toLocaleString`: its first call loads ICU's locale data (~9 ms at start-up).
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `12s`, `3m05s`. */
export function formatElapsed(ms: number): string {
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** Binary units, as file managers show them: `1.5 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * The URL as we show it: no credentials, no query string or fragment (a
 * presigned URL's signature lives there). `https://bucket/Game.zip?…`
 */
export function displayUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return '(unparseable URL)';
  }
  const hidden = parsed.search || parsed.hash ? '?…' : '';
  const auth = parsed.username || parsed.password ? '***@' : '';
  return `${parsed.protocol}//${auth}${parsed.host}${parsed.pathname}${hidden}`;
}
