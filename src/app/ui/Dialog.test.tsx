// Tests of the shared modal dialog: labelled, Tab goes round inside it, Escape closes it — only the topmost one when
// a dialog opens another — and an alertdialog for a question that must be answered.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useId, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

afterEach(cleanup);

function Outer({ onClose }: { onClose: () => void }) {
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const questionId = useId();
  return (
    <Dialog titleId={titleId} onClose={onClose}>
      <h2 id={titleId}>Buiten</h2>
      <button type="button">Eerste</button>
      <button type="button" disabled>
        Uit
      </button>
      <button type="button" onClick={() => setAsking(true)}>
        Vragen
      </button>
      {asking ? (
        <Dialog
          titleId={questionId}
          onClose={() => setAsking(false)}
          role="alertdialog"
          className="dialog question"
        >
          <p id={questionId}>Zeker?</p>
          <button type="button">Nee</button>
          <button type="button">Ja</button>
        </Dialog>
      ) : null}
    </Dialog>
  );
}

describe('Dialog', () => {
  it('is a labelled, open dialog with the default look', () => {
    render(<Outer onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Buiten' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.className).toBe('dialog');
  });

  it('keeps Tab inside: from the last button to the first and back, past a disabled one', () => {
    render(<Outer onClose={vi.fn()} />);
    const first = screen.getByRole('button', { name: 'Eerste' });
    const last = screen.getByRole('button', { name: 'Vragen' });
    last.focus();
    fireEvent.keyDown(window, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(window, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('closes only the topmost dialog on Escape, once', () => {
    const onClose = vi.fn();
    render(<Outer onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vragen' }));
    const question = screen.getByRole('alertdialog', { name: 'Zeker?' });
    expect(question.className).toBe('dialog question');
    screen.getByRole('button', { name: 'Ja' }).focus();
    fireEvent.keyDown(window, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nee' }));

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape alone while a text is being composed', () => {
    const onClose = vi.fn();
    render(<Outer onClose={onClose} />);
    fireEvent.keyDown(window, { key: 'Escape', isComposing: true });
    expect(onClose).not.toHaveBeenCalled();
  });
});
