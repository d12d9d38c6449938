// "Listen back" to a recording just made, before keeping it; pressed again while it plays, it stops.
import { useId, type ReactNode } from 'react';
import { playRecording, stopPlayback, usePlaying } from './playback';

export function PlayBackButton({
  blob,
  listen,
  stop,
}: {
  blob: Blob;
  /** The button's words while nothing plays, and while this recording plays. */
  listen: ReactNode;
  stop: ReactNode;
}) {
  const owner = useId();
  const listening = usePlaying(owner);
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() =>
        listening ? stopPlayback() : void playRecording(owner, blob).catch(() => undefined)
      }
    >
      {listening ? stop : listen}
    </button>
  );
}
