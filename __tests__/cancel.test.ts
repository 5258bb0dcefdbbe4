/** Cancellation helpers: a step that takes no signal is still cut short by one. */
import { describe, expect, it } from '@jest/globals';
import { Cancelled, unlessCancelled } from '../src/cancel.js';

describe('unlessCancelled', () => {
  it('gives the work its own result or error when no signal fires', async () => {
    const controller = new AbortController();
    await expect(unlessCancelled(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(
      unlessCancelled(Promise.reject(new Error('bucket gone')), controller.signal),
    ).rejects.toThrow('bucket gone');
    await expect(unlessCancelled(Promise.resolve(7), undefined)).resolves.toBe(7);
  });

  it('rejects with Cancelled as soon as the signal fires, and hands the late result over', async () => {
    const controller = new AbortController();
    let finish: (value: { client: string }) => void = () => undefined;
    const work = new Promise<{ client: string }>((resolve) => (finish = resolve));
    const released: string[] = [];
    const cut = unlessCancelled(work, controller.signal, (late) => released.push(late.client));
    controller.abort(new Cancelled('SIGINT'));
    await expect(cut).rejects.toEqual(new Cancelled('SIGINT'));
    expect(released).toEqual([]);
    finish({ client: 's3' });
    await work;
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual(['s3']);
  });

  it('an already aborted signal: Cancelled at once', async () => {
    const controller = new AbortController();
    controller.abort(new Cancelled('SIGTERM'));
    await expect(unlessCancelled(new Promise(() => undefined), controller.signal)).rejects.toThrow(
      'cancelled (SIGTERM)',
    );
  });
});
