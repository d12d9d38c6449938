// Tests of the drawing pad: a line drawn with pointer events lands in the case doc as one stroke,
// colours, undo of one's own lines, clear with a confirm, and lines from another tablet appearing live.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import nlDrawing from '../../../locales/nl/drawing.json';
import { createCase } from '../../domain/commands';
import { MAX_STROKE_POINTS, addStroke, createDrawing, readStrokes } from '../../domain/drawings';
import { i18next, initI18n } from '../i18n/i18n';
import { DrawingPad } from './DrawingPad';

const NOW = '2026-11-23T10:00:00.000Z';

beforeAll(async () => {
  await initI18n();
  // Until i18n.ts registers the namespace, the test adds it the way loadLanguage would.
  i18next.addResourceBundle('nl', 'drawing', nlDrawing, true, false);
});
afterEach(cleanup);

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
  return doc;
};

const canvas = () => {
  const svg = screen.getByRole('img');
  // happy-dom does no layout: give the canvas a 500×500 box at (0,0), so 1 px = 2 units of the 1000 square.
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
    left: 0,
    top: 0,
    width: 500,
    height: 500,
    right: 500,
    bottom: 500,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  } as DOMRect);
  return svg;
};

const draw = (svg: Element, path: [number, number][], pointerId = 1, pointerType = 'touch') => {
  const [first, ...rest] = path;
  const at = ([clientX, clientY]: [number, number]) => ({
    pointerId,
    pointerType,
    clientX,
    clientY,
    pressure: 0.5,
    button: 0,
    isPrimary: true,
  });
  fireEvent.pointerDown(svg, at(first!));
  for (const p of rest.slice(0, -1)) fireEvent.pointerMove(svg, at(p));
  fireEvent.pointerUp(svg, at(rest.at(-1) ?? first!));
};

const renderPad = (doc: Y.Doc, props: Partial<Parameters<typeof DrawingPad>[0]> = {}) => {
  const onDone = vi.fn();
  render(<DrawingPad doc={doc} drawingId="d1" lang="nl" onDone={onDone} {...props} />);
  return { onDone, svg: canvas() };
};

describe('DrawingPad', () => {
  it('stores a drawn line as one stroke in the doc, creating the drawing on the first line', async () => {
    const doc = newCase();
    const updates = vi.fn();
    doc.on('update', updates);
    const { svg } = renderPad(doc, { author: 'tablet-a', title: 'family.drawing' });
    expect(svg.getAttribute('aria-label')).toBe('Lege tekening');

    draw(svg, [
      [50, 50],
      [100, 100],
      [150, 120],
      [200, 150],
    ]);

    expect(updates).toHaveBeenCalledTimes(1); // the whole line in one transaction, not one per move
    expect(readStrokes(doc, 'd1')).toEqual([
      expect.objectContaining({
        color: 'black',
        size: 24,
        by: 'tablet-a',
        points: [100, 100, 0.5, 200, 200, 0.5, 300, 240, 0.5, 400, 300, 0.5],
      }),
    ]);
    await waitFor(() => expect(svg.getAttribute('aria-label')).toBe('Tekening met 1 lijn'));
    expect(svg.querySelectorAll('path[data-stroke-id]')).toHaveLength(1);
    expect(svg.querySelector('path[data-stroke-id]')?.getAttribute('d')).toMatch(/^M.*Z$/);
  });

  it('shows the line in progress without writing it to the doc until the finger lifts', async () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    fireEvent.pointerDown(svg, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerMove(svg, { pointerId: 1, pointerType: 'touch', clientX: 80, clientY: 40 });
    await waitFor(() =>
      expect(svg.querySelector('path.drawing-live')?.getAttribute('d')).toMatch(/^M/),
    );
    expect(readStrokes(doc, 'd1')).toEqual([]);
    fireEvent.pointerUp(svg, { pointerId: 1, pointerType: 'touch', clientX: 80, clientY: 40 });
    expect(svg.querySelector('path.drawing-live')).toBeNull();
    expect(readStrokes(doc, 'd1')).toHaveLength(1);
  });

  it('draws a tap as a dot, and with a mouse and a pen too', () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    draw(svg, [[250, 250]]);
    draw(
      svg,
      [
        [10, 10],
        [20, 20],
      ],
      2,
      'mouse',
    );
    draw(
      svg,
      [
        [30, 30],
        [40, 40],
      ],
      3,
      'pen',
    );
    expect(readStrokes(doc, 'd1').map((s) => s.points.length)).toEqual([3, 6, 6]);
  });

  it('stores a very long line as consecutive strokes, so nothing drawn is refused', () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    const path: [number, number][] = Array.from({ length: 2600 }, (_, i) => [
      (i % 200) * 2,
      Math.floor(i / 200) * 20,
    ]);
    draw(svg, path);
    const strokes = readStrokes(doc, 'd1');
    expect(strokes.map((s) => s.points.length / 3)).toEqual([MAX_STROKE_POINTS, 601]);
    // The second stroke starts where the first ended.
    expect(strokes[1]?.points.slice(0, 3)).toEqual(strokes[0]?.points.slice(-3));
  });

  it('draws in the chosen colour; colour buttons are named and show which one is chosen', () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    const red = screen.getByRole('button', { name: 'Rood' });
    expect(screen.getByRole('group', { name: 'Kleur' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zwart' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(red);
    expect(red.getAttribute('aria-pressed')).toBe('true');
    draw(svg, [
      [10, 10],
      [60, 60],
    ]);
    expect(readStrokes(doc, 'd1')[0]?.color).toBe('red');
  });

  it('ignores a second finger while a line is being drawn', () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    fireEvent.pointerDown(svg, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerDown(svg, { pointerId: 2, pointerType: 'touch', clientX: 300, clientY: 300 });
    fireEvent.pointerMove(svg, { pointerId: 2, pointerType: 'touch', clientX: 310, clientY: 310 });
    fireEvent.pointerUp(svg, { pointerId: 2, pointerType: 'touch', clientX: 310, clientY: 310 });
    fireEvent.pointerUp(svg, { pointerId: 1, pointerType: 'touch', clientX: 20, clientY: 10 });
    expect(readStrokes(doc, 'd1').map((s) => s.points)).toEqual([[20, 20, 0.5, 40, 20, 0.5]]);
  });

  it("undo removes this tablet's last line and never one from another tablet", async () => {
    const doc = newCase();
    const { svg } = renderPad(doc, { author: 'tablet-a' });
    const undo = screen.getByRole('button', { name: 'Laatste lijn weg' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    draw(svg, [
      [10, 10],
      [60, 60],
    ]);
    act(
      () =>
        void addStroke(doc, {
          drawingId: 'd1',
          id: 'remote',
          color: 'blue',
          points: [1, 1, 0.5],
          by: 'tablet-b',
          now: NOW,
        }),
    );
    draw(svg, [
      [100, 100],
      [160, 160],
    ]);
    await waitFor(() => expect(undo.disabled).toBe(false));
    fireEvent.click(undo);
    fireEvent.click(undo);
    await waitFor(() => expect(readStrokes(doc, 'd1').map((s) => s.id)).toEqual(['remote']));
    await waitFor(() => expect(undo.disabled).toBe(true));
  });

  it('clears everything only after a confirm', async () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    draw(svg, [
      [10, 10],
      [60, 60],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Alles weg' }));
    expect(screen.getByRole('alertdialog', { name: 'De hele tekening weghalen?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nee, bewaren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(readStrokes(doc, 'd1')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Alles weg' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, alles weg' }));
    expect(readStrokes(doc, 'd1')).toHaveLength(0);
    await waitFor(() => expect(svg.getAttribute('aria-label')).toBe('Lege tekening'));
  });

  it('shows lines drawn on another tablet as soon as they arrive', async () => {
    const doc = newCase();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const { svg } = renderPad(doc);
    createDrawing(other, { id: 'd1', now: NOW });
    addStroke(other, {
      drawingId: 'd1',
      id: 'from-b',
      color: 'green',
      points: [100, 100, 0.5, 900, 900, 0.5],
      by: 'tablet-b',
      now: NOW,
    });
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'remote'));
    await waitFor(() =>
      expect(svg.querySelector('path[data-stroke-id="from-b"]')?.getAttribute('fill')).toBe(
        '#009e73',
      ),
    );
  });

  it('runs its commands through `run` and reports each stored line', async () => {
    const doc = newCase();
    const run = vi.fn(async (command: (d: Y.Doc) => void) => {
      command(doc);
      return true;
    });
    const onStroke = vi.fn();
    const { svg } = renderPad(doc, { run, onStroke });
    draw(svg, [
      [10, 10],
      [60, 60],
    ]);
    expect(run).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onStroke).toHaveBeenCalledWith(readStrokes(doc, 'd1')[0]?.id));
  });

  it('is a labelled dialog; "Klaar" and Escape close it', () => {
    const doc = newCase();
    const { onDone } = renderPad(doc);
    expect(screen.getByRole('dialog', { name: 'Tekenen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('keeps a line still being drawn when the pad is closed', () => {
    const doc = newCase();
    const { svg, onDone } = renderPad(doc);
    fireEvent.pointerDown(svg, {
      pointerId: 1,
      pointerType: 'pen',
      pressure: 0.5,
      clientX: 10,
      clientY: 10,
    });
    fireEvent.pointerMove(svg, {
      pointerId: 1,
      pointerType: 'pen',
      pressure: 0.5,
      clientX: 50,
      clientY: 10,
    });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(readStrokes(doc, 'd1').map((s) => s.points)).toEqual([[20, 20, 0.5, 100, 20, 0.5]]);
  });

  it('keeps keyboard focus inside the pad, and inside the clear question while it is open', () => {
    const doc = newCase();
    const { svg } = renderPad(doc);
    draw(svg, [
      [10, 10],
      [60, 60],
    ]);
    const done = screen.getByRole('button', { name: 'Klaar' });
    done.focus();
    fireEvent.keyDown(window, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zwart' }));
    fireEvent.keyDown(window, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(done);

    fireEvent.click(screen.getByRole('button', { name: 'Alles weg' }));
    const keep = screen.getByRole('button', { name: 'Nee, bewaren' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(window, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, alles weg' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Alles weg' }));
    expect(readStrokes(doc, 'd1')).toHaveLength(1);
  });
});
