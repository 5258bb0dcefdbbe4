/**
 * Cancellation: "Cancel workflow", a job's timeout-minutes, a GitLab cancel
 * or Ctrl-C send SIGINT (the runner then SIGTERM about 7.5 s later, then
 * SIGKILL). The adapters turn the signal into an AbortSignal; the flow's
 * waits and requests end with `Cancelled` as soon as it fires.
 */

/** The run was cancelled by a signal; `signal` names it (`SIGINT`, `SIGTERM`). */
export class Cancelled extends Error {
  constructor(readonly signal: string) {
    super(`cancelled (${signal})`);
    this.name = 'Cancelled';
  }
}

/** The signal's reason as a Cancelled, whatever it was aborted with. */
export function cancelledBy(signal: AbortSignal): Cancelled {
  const reason: unknown = signal.reason;
  return reason instanceof Cancelled ? reason : new Cancelled(String(reason ?? 'aborted'));
}

/** Waits `ms` milliseconds, or rejects with Cancelled as soon as `signal` fires. */
export function sleepUnless(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelledBy(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelledBy(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `work`, or Cancelled as soon as `signal` fires, for a step that takes no signal itself (the
 * storage lib's validation and presigning). The work goes on unobserved; `abandoned` gets its
 * result, to release what it holds.
 */
export function unlessCancelled<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  abandoned?: (value: T) => void,
): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const onAbort = (): void => {
      settled = true;
      reject(cancelledBy(signal));
      work.then(
        (value) => abandoned?.(value),
        () => undefined,
      );
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (!settled) resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        if (!settled) reject(err);
      },
    );
  });
}
