// The case list rendered once ahead, hidden, while the PIN is typed: React's code for the list, i18next's answers and
// the browser's styles, fonts and layout for its cards all run for the first time then, not in the frame that follows
// Enter (at 4× CPU that first run was most of Enter → list). It shows sample cards (rehearsalRows: the list's first
// cases without names or ids) in a layer that is invisible, inert and hidden from assistive technology, at the size
// of the screen, and is taken away as soon as it has been laid out and painted once.
import { startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { buildSearchIndex } from '../../domain/caseSearch';
import type { CaseRow } from '../../storage/db';
import { afterNextPaint } from '../afterFirstPaint';
import { CaseListScreen } from './CaseListScreen';
import { rehearsalRows } from './rehearsalRows';

/** The rehearsal is taken away after this long even if no frame is painted (a hidden browser tab paints none). */
const AT_MOST_MS = 3000;

const LAYER_STYLE =
  'position:fixed;inset:0;overflow:hidden;visibility:hidden;pointer-events:none;z-index:-1;contain:strict';

/** Tells when the rehearsal's render is committed and its first frame painted. */
function Painted({ onPainted }: { onPainted(): void }) {
  useEffect(() => afterNextPaint(onPainted), [onPainted]);
  return null;
}

/** Renders the list with sample cards made from `rows`, hidden; resolves once it is gone again. */
export const rehearseCaseList = (rows: readonly CaseRow[]): Promise<void> =>
  new Promise((done) => {
    const layer = document.createElement('div');
    layer.setAttribute('aria-hidden', 'true');
    layer.inert = true;
    layer.style.cssText = LAYER_STYLE;
    layer.dataset.rehearsal = 'case-list';
    document.body.append(layer);
    const root = createRoot(layer);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      root.unmount();
      layer.remove();
      done();
    };
    const timer = setTimeout(end, AT_MOST_MS);
    // A transition: React renders in slices, so a digit tapped meanwhile is not kept waiting.
    startTransition(() =>
      root.render(
        <div className="app mode-consultant">
          <CaseListScreen rehearsal={buildSearchIndex(rehearsalRows(rows))} />
          <Painted onPainted={end} />
        </div>,
      ),
    );
  });
