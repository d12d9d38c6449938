// Simple line icons for the pad's buttons; decorative, a text label always stands beside them.
const base = {
  width: 36,
  height: 36,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.4,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

export const UndoIcon = () => (
  <svg {...base} className="drawing-icon drawing-icon-undo">
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </svg>
);

export const ClearIcon = () => (
  <svg {...base} className="drawing-icon">
    <path d="M3 6h18" />
    <path d="M8 6V4h8v2" />
    <path d="M6 6l1 14h10l1-14" />
  </svg>
);

export const DoneIcon = () => (
  <svg {...base} className="drawing-icon">
    <path d="M4 12.5 9.5 18 20 6.5" />
  </svg>
);

export const PenIcon = () => (
  <svg {...base} className="drawing-icon">
    <path d="M4 20l4.5-1 10-10a2.1 2.1 0 0 0-3-3l-10 10z" />
    <path d="M13.5 7.5l3 3" />
  </svg>
);

export const CheckMark = () => (
  <svg {...base} width={28} height={28} className="drawing-color-check">
    <path d="M4 12.5 9.5 18 20 6.5" />
  </svg>
);
