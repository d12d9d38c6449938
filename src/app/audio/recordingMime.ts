// Which audio type the tablet records in: the first one MediaRecorder supports of Opus in WebM (Chrome, Firefox,
// Safari 18.4+), Opus in Ogg, then AAC in MP4 (Safari on older iPads, where WebM is missing). Every candidate is a
// type the server keeps for prompts and the case keeps for his own words (PROMPT_MIMES, VOICE_MIMES).

export const RECORDING_CANDIDATES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/ogg;codecs=opus',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
] as const;

/** The first candidate the browser records; `isTypeSupported` is MediaRecorder.isTypeSupported (which may throw). */
export const pickRecordingMime = (isTypeSupported: (mime: string) => boolean): string | undefined =>
  RECORDING_CANDIDATES.find((mime) => {
    try {
      return isTypeSupported(mime);
    } catch {
      return false;
    }
  });
