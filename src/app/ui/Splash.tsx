// The calm first picture while the app reads which first screen to show: the logo (drawn by CSS, as on the PIN pad:
// no image to fetch and decode before the app's code) and the name. index.html holds the same markup, so it is on
// screen from the first byte and React takes it over without a blank frame.
export function Splash() {
  return (
    <div className="splash">
      <span className="logo logo-splash" aria-hidden="true" />
      <p>Samenspraak</p>
    </div>
  );
}
