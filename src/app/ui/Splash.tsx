// The calm first picture while the app reads which first screen to show: the icon and the name. index.html holds
// the same markup, so it is on screen from the first byte and React takes it over without a blank frame.
export function Splash() {
  return (
    <div className="splash">
      <img src="/icons/icon.svg" alt="" width={96} height={96} />
      <p>Samenspraak</p>
    </div>
  );
}
