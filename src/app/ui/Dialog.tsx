// A modal dialog on the native <dialog> element: the browser shows it above everything and makes the rest inert.
// Tab and Shift+Tab go round inside it and Escape closes it — only the topmost one when a dialog opens another
// (the drawing pad's clear question) — so every dialog of the app keeps focus the same way.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  titleId: string;
  onClose: () => void;
  children: ReactNode;
  /** The dialog's look: the default card ('dialog'), or another, e.g. the full-screen drawing pad. */
  className?: string;
  /** 'alertdialog' for a question that must be answered before going on. */
  role?: 'dialog' | 'alertdialog';
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Focus the dialog itself when it opens, not its first button (the drawing pad: no button looks chosen). */
  focusSelf?: boolean;
}

/** The open dialogs, the topmost last: only it takes Tab and Escape. */
const openDialogs: HTMLDialogElement[] = [];

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** What Tab reaches inside the dialog; not what is inside a dialog it opened. */
const focusableIn = (dialog: HTMLDialogElement): HTMLElement[] =>
  [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.closest('dialog') === dialog,
  );

/** Tab from the last element goes to the first, Shift+Tab from the first to the last, and never out of the dialog. */
const keepFocusInside = (e: KeyboardEvent, dialog: HTMLDialogElement) => {
  const focusable = focusableIn(dialog);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const inside = dialog.contains(document.activeElement);
  if (
    !inside ||
    (e.shiftKey && document.activeElement === first) ||
    (!e.shiftKey && document.activeElement === last)
  ) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
};

export function Dialog({
  titleId,
  onClose,
  children,
  className = 'dialog',
  role,
  lang,
  dir,
  focusSelf = false,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Read when the dialog opens, which it does once.
  const focusOnOpen = useRef(focusSelf);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    if (focusOnOpen.current) dialog.focus();
    openDialogs.push(dialog);
    const onKey = (e: KeyboardEvent) => {
      if (openDialogs.at(-1) !== dialog || e.defaultPrevented || e.isComposing) return;
      if (e.key === 'Tab') keepFocusInside(e, dialog);
      else if (e.key === 'Escape') {
        // Handled here, so the browser does not also cancel the dialog: onClose runs once.
        e.preventDefault();
        close.current();
      }
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      dialog.close?.();
    };
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className={className}
      role={role === 'alertdialog' ? role : undefined}
      aria-labelledby={titleId}
      lang={lang}
      dir={dir}
      tabIndex={focusSelf ? -1 : undefined}
      onCancel={onClose}
    >
      {children}
    </dialog>
  );
}
