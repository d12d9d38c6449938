// For the parts of a screen that may come a frame after it: false in the screen's first paint, true right after.
import { useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../afterFirstPaint';

/** False until the browser has painted the component's first frame. */
export const useAfterPaint = (): boolean => {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
};

/** Renders its children from the frame after the first paint (only this wrapper re-renders then). */
export function AfterPaint({ children }: { children: ReactNode }) {
  return useAfterPaint() ? children : null;
}
