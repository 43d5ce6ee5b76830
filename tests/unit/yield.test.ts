import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../lib/yield';

type Holder = { scheduler?: unknown };

describe('yieldToPage', () => {
  const before = (globalThis as Holder).scheduler;
  afterEach(() => {
    (globalThis as Holder).scheduler = before;
    vi.useRealTimers();
  });

  it("posts a task at the page's own priority, not a continuation that goes ahead of the page's tasks", async () => {
    const order: string[] = [];
    const postTask = vi.fn((task: () => void, _o: { priority: string }) =>
      Promise.resolve().then(() => {
        order.push('posted task');
        task();
      }),
    );
    const yieldNow = vi.fn(() => Promise.resolve());
    (globalThis as Holder).scheduler = { postTask, yield: yieldNow };
    await yieldToPage();
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'user-visible' });
    expect(yieldNow).not.toHaveBeenCalled();
    expect(order).toEqual(['posted task']);
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
