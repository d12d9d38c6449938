// Work the first screen must not compete with, started once the person begins (the first touch or key on the page,
// e.g. the first PIN digit) or after a few seconds: the PIN pad stays quiet until it is used, and what Enter needs
// (the case list's code and rows) is fetched while the rest of the PIN is typed.
const EVENTS = ['pointerdown', 'keydown'] as const;

export const whenTouchedOr = (atMostMs: number, work: () => void): void => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    for (const type of EVENTS) window.removeEventListener(type, touched, true);
    work();
  };
  // After the touch's own handling and render: the digit lights up first.
  const touched = () => setTimeout(run, 0);
  const timer = setTimeout(run, atMostMs);
  for (const type of EVENTS) window.addEventListener(type, touched, true);
};
