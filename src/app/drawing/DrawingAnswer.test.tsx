// Tests of the drawing answer: the first stored line links the drawing to the answer; "Verder" moves on.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import nlDrawing from '../../../locales/nl/drawing.json';
import { createCase } from '../../domain/commands';
import { addStroke, createDrawing, readStrokes } from '../../domain/drawings';
import type { Answer } from '../../domain/types';
import { i18next, initI18n } from '../i18n/i18n';
import { DrawingAnswer } from './DrawingAnswer';

const NOW = '2026-11-23T10:00:00.000Z';

beforeAll(async () => {
  await initI18n();
  i18next.addResourceBundle('nl', 'drawing', nlDrawing, true, false);
});
afterEach(cleanup);

const newCase = () => {
  const doc = new Y.Doc();
  createCase(doc, { id: 'c1', name: 'Amanuel', language: 'ti', now: NOW });
  return doc;
};

describe('DrawingAnswer', () => {
  it('opens the pad, links the drawing to the answer on the first line, and moves on with "Verder"', async () => {
    const doc = newCase();
    const onDrawing = vi.fn().mockResolvedValue(true);
    render(<DrawingAnswer doc={doc} lang="nl" drawingId="d-new" onDrawing={onDrawing} />);
    expect(screen.queryByRole('button', { name: 'Verder' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tekenen' }));

    const svg = screen.getByRole('img', { name: 'Lege tekening' });
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 500,
      height: 500,
    } as DOMRect);
    fireEvent.pointerDown(svg, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerUp(svg, { pointerId: 1, pointerType: 'touch', clientX: 90, clientY: 90 });
    expect(readStrokes(doc, 'd-new')).toHaveLength(1);
    await waitFor(() => expect(onDrawing).toHaveBeenCalledWith('d-new', false));

    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('img', { name: 'Tekening bij deze vraag' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(onDrawing).toHaveBeenLastCalledWith('d-new', true);
  });

  it('continues the drawing the answer already refers to, without linking it again', async () => {
    const doc = newCase();
    createDrawing(doc, { id: 'd-old', now: NOW });
    addStroke(doc, {
      drawingId: 'd-old',
      id: 's1',
      color: 'blue',
      points: [1, 1, 0.5],
      by: 'x',
      now: NOW,
    });
    const current: Answer = {
      questionId: 'q',
      drawingRef: 'd-old',
      language: 'nl',
      answeredBy: 'inburgeraar',
      at: NOW,
    };
    const onDrawing = vi.fn().mockResolvedValue(true);
    // The case's run: the stroke is stored when its promise resolves, and the pad reports the stroke after that.
    const run = vi.fn((command: (d: Y.Doc) => void) => {
      command(doc);
      return Promise.resolve(true);
    });
    render(
      <DrawingAnswer
        doc={doc}
        lang="nl"
        current={current}
        drawingId="d-old"
        onDrawing={onDrawing}
        run={run}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verder tekenen' }));
    const svg = screen.getByRole('img', { name: 'Tekening met 1 lijn' });
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 500,
      height: 500,
    } as DOMRect);
    fireEvent.pointerDown(svg, {
      pointerId: 1,
      pointerType: 'pen',
      pressure: 0.8,
      clientX: 10,
      clientY: 10,
    });
    fireEvent.pointerUp(svg, {
      pointerId: 1,
      pointerType: 'pen',
      pressure: 0.8,
      clientX: 90,
      clientY: 90,
    });
    expect(readStrokes(doc, 'd-old').map((s) => s.points)).toEqual([
      [1, 1, 0.5],
      [20, 20, 0.8125, 180, 180, 0.8125],
    ]);
    expect(run).toHaveBeenCalledTimes(1);
    await run.mock.results[0]?.value;
    expect(onDrawing).not.toHaveBeenCalled();
  });
});
