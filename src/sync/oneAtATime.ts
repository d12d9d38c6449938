// Runs sync rounds one at a time, so an older answer never lands after a newer one: asking during a round joins
// it and brings exactly one more round after it (however often it was asked), unless the round that just ended
// hit a problem (the next timer or event retries then). Used by the media, audit and content syncs.
export const oneAtATime = <R>(
  round: () => Promise<R>,
  problemIn: (report: R) => boolean = () => false,
): (() => Promise<R>) => {
  let running: Promise<R> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let report: R;
      do {
        again = false;
        report = await round();
      } while (again && !problemIn(report));
      return report;
    })().finally(() => {
      running = null;
    });
    return running;
  };
};
