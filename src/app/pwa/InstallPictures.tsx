// Pictograms of the install steps, drawn as SVG like the buttons they point at (no text inside a picture, so every
// language can use them): the Share button, "Add to Home Screen", the app's icon, and a browser menu.

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** Safari's Share button: a box open at the top with an arrow going up out of it. */
export function ShareIcon() {
  return (
    <svg className="install-picture-svg" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <path
        d="M24 26h-6a4 4 0 0 0-4 4v24a4 4 0 0 0 4 4h28a4 4 0 0 0 4-4V30a4 4 0 0 0-4-4h-6"
        {...stroke}
      />
      <path d="M32 40V6M22 16l10-10 10 10" {...stroke} />
    </svg>
  );
}

/** "Add to Home Screen" (and "Add to Dock"): a rounded square with a plus. */
export function AddToHomeIcon() {
  return (
    <svg className="install-picture-svg" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect x="10" y="10" width="44" height="44" rx="10" {...stroke} />
      <path d="M32 22v20M22 32h20" {...stroke} />
    </svg>
  );
}

/** The browser's menu button: three dots. */
export function MenuDotsIcon() {
  return (
    <svg className="install-picture-svg" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="14" r="5" fill="currentColor" />
      <circle cx="32" cy="32" r="5" fill="currentColor" />
      <circle cx="32" cy="50" r="5" fill="currentColor" />
    </svg>
  );
}

/** The app as it will stand on the home screen. */
export function AppIcon() {
  return (
    <img className="install-picture-app" src="/icons/icon.svg" alt="" width={56} height={56} />
  );
}
