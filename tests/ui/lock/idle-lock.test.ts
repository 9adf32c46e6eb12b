// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../src/ui/lock/idle-lock';

describe('auto-lock after the chosen idle time', () => {
  afterEach(() => vi.useRealTimers());

  it('locks only after that many minutes without input, input starting the wait again', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    const stop = watchIdle(15, lock);
    vi.advanceTimersByTime(14 * 60_000);
    dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(14 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledOnce();
    stop();
  });

  it('stops watching when the screen goes', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    watchIdle(5, lock)();
    vi.advanceTimersByTime(10 * 60_000);
    expect(lock).not.toHaveBeenCalled();
  });
});
