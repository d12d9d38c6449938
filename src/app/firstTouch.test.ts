// Work waits for the first touch or key on the page (then runs once, after the touch's own handling) or the time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenSignalOr, whenTouchedOr } from './firstTouch';

afterEach(() => vi.useRealTimers());

describe('whenTouchedOr', () => {
  it('runs once, just after the first touch, and not again at a later key or when the time is up', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenTouchedOr(3000, work);
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    expect(work).not.toHaveBeenCalled(); // the touch's own handling first
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs after the time when nobody touches the screen', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenTouchedOr(3000, work);
    vi.advanceTimersByTime(2999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('whenSignalOr', () => {
  it('runs at once and stops listening when the signal comes while it subscribes', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const stop = vi.fn();
    whenSignalOr(
      1000,
      (signal) => {
        signal();
        return stop;
      },
      work,
    );
    expect(work).toHaveBeenCalledTimes(1);
    expect(stop).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
