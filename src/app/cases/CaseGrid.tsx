// The cases as a windowed grid: only the lines of cards near the screen are in the DOM (2,000 cases render as
// fast as 20). The page itself scrolls; spacers above and below the rendered lines keep its height, so the
// scrollbar and a screen reader's "12 of 2000" (aria-setsize, aria-posinset) tell the whole list.
import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import type { CaseRow } from '../../storage/db';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { CaseCard, type CardText } from './CaseCard';

/** Narrowest card: as `.case-grid`'s `minmax(340px, 1fr)` in styles.css. */
const MIN_CARD_WIDTH = 340;
/** A line's height before it is measured: a card with one row of chips (177 px in Chromium at 1280 × 800). */
const ESTIMATED_LINE_HEIGHT = 180;
/** Lines rendered beyond the screen, above and below: Tab always finds the next card in the DOM. */
const OVERSCAN = 3;
/** A focused card stays in the DOM while the page scrolls this many lines away from it; further, it lets go. */
const KEEP_FOCUSED_WITHIN = 40;

export const columnsFor = (width: number, gap: number): number =>
  Math.max(1, Math.floor((width + gap) / (MIN_CARD_WIDTH + gap)));

export function CaseGrid({
  rows,
  text,
  labelledBy,
}: {
  rows: readonly CaseRow[];
  text: CardText;
  labelledBy: string | undefined;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  // A first guess without reading layout (the page is at most 1280 px wide with 28 px padding, styles.css `.page`),
  // so the first render usually has the columns the measure below confirms. Where the list starts is measured
  // once laid out: until then the lines overscanned below the screen cover the difference.
  const [layout, setLayout] = useState(() => ({
    columns: columnsFor(Math.min(window.innerWidth, 1280) - 56, 18),
    gap: 18,
    top: 0,
  }));
  const focusedLine = useRef<number | null>(null);
  // The window's size and scroll are read before React changes the page (cheap while its layout is clean), and the
  // virtualizer is tied to the window only once the first cards are painted: tying it reads the scroll position and
  // the page's height and scrolls to where the page already is, each forcing a layout of the half-built page while
  // React commits it (a third of Enter → list at 4× CPU). Until then the lines are counted from these readings, and
  // only the lines on the screen are rendered: the overscan follows in the next frame.
  const [viewport] = useState(() => ({
    rect: { width: window.innerWidth, height: window.innerHeight },
    offset: window.scrollY,
  }));
  const tied = useAfterPaint();

  useLayoutEffect(() => {
    const list = listRef.current!;
    const measure = () => {
      const style = getComputedStyle(list);
      const gap = parseFloat(style.rowGap) || 0;
      const next = {
        columns: columnsFor(list.clientWidth, gap),
        gap,
        top: list.getBoundingClientRect().top + window.scrollY,
      };
      setLayout((old) =>
        old.columns === next.columns && old.gap === next.gap && old.top === next.top ? old : next,
      );
    };
    // Measured when the ResizeObserver reports, after the browser's own layout (also right after the first one):
    // never by forcing a layout while React commits the list. The width sets the columns; what is above the list
    // (a wrapping header) sets where it starts.
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);

  const { columns, gap, top } = layout;
  const lineCount = Math.ceil(rows.length / columns);
  const rangeExtractor = useCallback((range: Range) => {
    const lines = defaultRangeExtractor(range);
    const focused = focusedLine.current;
    if (focused === null || focused >= range.count || lines.length === 0) return lines;
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    if (focused >= first && focused <= last) return lines;
    if (focused < first - KEEP_FOCUSED_WITHIN || focused > last + KEEP_FOCUSED_WITHIN) return lines;
    // Keep the lines contiguous (the spacers need that): fill the gap to the focused line.
    const from = Math.min(first, focused);
    return Array.from({ length: Math.max(last, focused) - from + 1 }, (_, i) => from + i);
  }, []);

  const virtualizer = useWindowVirtualizer({
    getScrollElement: () => (tied ? window : null),
    initialRect: viewport.rect,
    initialOffset: viewport.offset,
    count: lineCount,
    estimateSize: () => ESTIMATED_LINE_HEIGHT,
    overscan: tied ? OVERSCAN : 0,
    gap,
    scrollMargin: top,
    rangeExtractor,
    // Lines are measured by the virtualizer's ResizeObserver, after the browser's own layout, never by forcing one
    // while React commits (the cards flow in the grid either way; a measure only corrects the spacers). A line not
    // laid out (happy-dom) measures 0: keep the estimate rather than pull every line onto the screen.
    measureElement: (element, entry, instance) =>
      entry
        ? measureElement(element, entry, instance) || ESTIMATED_LINE_HEIGHT
        : (instance.itemSizeCache.get(
            instance.options.getItemKey(instance.indexFromElement(element)),
          ) ?? ESTIMATED_LINE_HEIGHT),
  });
  const lines = virtualizer.getVirtualItems();
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  const before = firstLine ? firstLine.start - top : 0;
  const after = lastLine ? Math.max(0, virtualizer.getTotalSize() - (lastLine.end - top)) : 0;

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[aria-posinset]');
    focusedLine.current = item
      ? Math.floor((Number(item.getAttribute('aria-posinset')) - 1) / columns)
      : null;
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null))
      focusedLine.current = null;
  };

  return (
    // list-style: none drops the list role in Safari (VoiceOver): role="list" says it.
    // eslint-disable-next-line jsx-a11y/no-redundant-roles
    <ul
      ref={listRef}
      className="case-grid"
      role="list"
      aria-labelledby={labelledBy}
      data-testid="case-list"
      style={{
        gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
        paddingBlock: `${before}px ${after}px`,
      }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {lines.flatMap((line) =>
        rows.slice(line.index * columns, (line.index + 1) * columns).map((row, column) => (
          <li
            key={row.id}
            aria-setsize={rows.length}
            aria-posinset={line.index * columns + column + 1}
            // The first card of a line measures the line (grid items stretch to the tallest card).
            {...(column === 0 ? { 'data-index': line.index, ref: virtualizer.measureElement } : {})}
          >
            <CaseCard row={row} text={text} />
          </li>
        )),
      )}
    </ul>
  );
}
