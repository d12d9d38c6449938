// Tests of the photo size arithmetic (the canvas work itself runs in the browser).
import { describe, expect, it } from 'vitest';
import { fitWithin, MAX_PHOTO_SIDE } from './downscale';

describe('fitWithin', () => {
  it('scales the longest side down to the maximum and keeps the proportions', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: MAX_PHOTO_SIDE, height: 768 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 768, height: MAX_PHOTO_SIDE });
    expect(fitWithin(2000, 2000, 800)).toEqual({ width: 800, height: 800 });
  });

  it('never enlarges a small photo, and never reaches zero', () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(10000, 3)).toEqual({ width: 1024, height: 1 });
  });
});
