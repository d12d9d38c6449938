// Parts of a screen that come a frame after its first paint.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AfterPaint } from './useAfterPaint';

afterEach(cleanup);

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('AfterPaint', () => {
  it('is empty in the first paint and shows its children in the frame after', async () => {
    render(
      <main>
        <h1>Vandaag</h1>
        <AfterPaint>
          <p>later</p>
        </AfterPaint>
      </main>,
    );
    expect(screen.getByText('Vandaag')).toBeTruthy();
    expect(screen.queryByText('later')).toBeNull();
    await nextFrame();
    expect(screen.getByText('later')).toBeTruthy();
  });
});
