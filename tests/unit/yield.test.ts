import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../lib/yield';

type Holder = { scheduler?: unknown };

describe('yieldToPage', () => {
  const before = (globalThis as Holder).scheduler;
  afterEach(() => {
    if (before === undefined) delete (globalThis as Holder).scheduler;
    else (globalThis as Holder).scheduler = before;
    vi.useRealTimers();
  });

  it("posts a task at the page's own priority ('user-visible'), never a scheduler.yield() continuation, and resumes once it ran", async () => {
    let ran = false;
    const postTask = vi.fn((task: () => void, _o: { priority: string }) =>
      Promise.resolve().then(() => {
        task();
        ran = true;
      }),
    );
    const yieldNow = vi.fn(() => Promise.resolve());
    (globalThis as Holder).scheduler = { postTask, yield: yieldNow };
    await yieldToPage();
    expect(ran).toBe(true);
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'user-visible' });
    expect(yieldNow).not.toHaveBeenCalled();
  });

  it('falls back to a zero timeout where the browser has no postTask', async () => {
    vi.useFakeTimers();
    (globalThis as Holder).scheduler = { yield: () => Promise.reject(new Error('not used')) };
    let resumed = false;
    const waiting = yieldToPage().then(() => {
      resumed = true;
    });
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(resumed).toBe(true);
  });
});
