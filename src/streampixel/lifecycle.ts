/**
 * What an upload's raw status means. Source: Streampixel's build-lifecycle
 * page (two versions): pending → Downloading Files → Extracting & Scanning →
 * Saving to Repository → Distribute → Approved, or Reject along the way. The
 * dashboard shows held builds (autoRelease: false) as "Archived"; the older
 * quick start keeps them at "Saving to Repository" until distributed.
 */

const APPROVED = /^approved$/i;
const REJECTED = /^reject(ed)?$/i;
// Not in the documented lifecycle, but a status that says the build ended badly must not be waited on for an hour.
const FAILED = /^(fail(ed|ure)?|error(ed)?|cancell?ed|abort(ed)?)$/i;
/** Every state after Streampixel's validation (Extracting & Scanning). */
const PAST_SCANNING = /^(saving to repository|archived|distribut(e|ed|ing)|approved)$/i;

export const isApproved = (status: string): boolean => APPROVED.test(status.trim());
export const isRejected = (status: string): boolean => REJECTED.test(status.trim());
export const isFailed = (status: string): boolean => FAILED.test(status.trim());
/** The build's processing ended, one way or another. */
export const isTerminal = (status: string): boolean =>
  isApproved(status) || isRejected(status) || isFailed(status);

/**
 * A held build (autoRelease: false) has been validated once it is past
 * Extracting & Scanning: the docs disagree on where it then parks.
 */
export const isPastScanning = (status: string): boolean => PAST_SCANNING.test(status.trim());

/**
 * Another upload still being processed, which Streampixel would process
 * before (or instead of) a new one: not terminal, not parked as Archived, and
 * dated within `staleAfterMs` (the docs call anything past two hours unusual),
 * or 30 min at "Saving to Repository", where a held build can stay for good.
 */
export function isProcessing(
  file: { status: string; date?: string },
  now: number,
  staleAfterMs = 2 * 3_600_000,
): boolean {
  if (isTerminal(file.status) || /^archived$/i.test(file.status.trim())) return false;
  // Downloading, scanning and saving take up to ~20 min: a build still saving 30 min after its upload is a held one, parked for good.
  const stale = /^saving to repository$/i.test(file.status.trim()) ? 30 * 60_000 : staleAfterMs;
  const at = file.date ? Date.parse(file.date) : NaN;
  // Undated: only the early stages block; an undated "Saving to Repository" may be parked for good.
  if (Number.isNaN(at)) return stale === staleAfterMs;
  return now - at < stale;
}
