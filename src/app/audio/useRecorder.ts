// Records one prompt with the microphone (MediaRecorder): start, stop, then the recording to listen to and keep or discard.
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_CONTENT_MEDIA_BYTES, mimeEssence } from '../../protocol/contentMedia';
import { pickRecordingMime } from './recordingMime';

export type RecorderProblem = 'mic-denied' | 'no-mic' | 'unsupported' | 'too-long' | 'failed';

export type RecorderState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'recording'; startedAt: number }
  | { status: 'review'; blob: Blob; mime: string; durationMs: number }
  | { status: 'problem'; problem: RecorderProblem };

export { pickRecordingMime } from './recordingMime';

export const problemOfMicError = (error: unknown): RecorderProblem => {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'mic-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'no-mic';
  return 'failed';
};

export const canRecord = (): boolean =>
  typeof MediaRecorder !== 'undefined' &&
  typeof navigator !== 'undefined' &&
  !!navigator.mediaDevices?.getUserMedia;

interface Options {
  /** A prompt is one sentence; recording stops by itself after this long. */
  maxMs?: number;
  /** Largest recording kept (a prompt's upload limit by default); above it the recorder says "too long". */
  maxBytes?: number;
}

export const useRecorder = ({
  maxMs = 60_000,
  maxBytes = MAX_CONTENT_MEDIA_BYTES.prompt,
}: Options = {}) => {
  const [state, setState] = useState<RecorderState>({ status: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const limit = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  const release = useCallback(() => {
    if (limit.current) clearTimeout(limit.current);
    limit.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (recorder.current && recorder.current.state !== 'inactive') recorder.current.stop();
      recorder.current = null;
      release();
    };
  }, [release]);

  const start = useCallback(async () => {
    if (!canRecord()) return setState({ status: 'problem', problem: 'unsupported' });
    const mime = pickRecordingMime((m) => MediaRecorder.isTypeSupported(m));
    if (!mime) return setState({ status: 'problem', problem: 'unsupported' });
    setState({ status: 'starting' });
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
    } catch (error) {
      return setState({ status: 'problem', problem: problemOfMicError(error) });
    }
    if (!alive.current) {
      for (const track of media.getTracks()) track.stop();
      return;
    }
    stream.current = media;
    const chunks: Blob[] = [];
    let rec: MediaRecorder;
    try {
      rec = new MediaRecorder(media, { mimeType: mime, audioBitsPerSecond: 32_000 });
    } catch {
      release();
      return setState({ status: 'problem', problem: 'unsupported' });
    }
    const startedAt = Date.now();
    rec.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    rec.onstop = () => {
      release();
      recorder.current = null;
      if (!alive.current) return;
      const type = mimeEssence(rec.mimeType || mime);
      const blob = new Blob(chunks, { type });
      if (blob.size === 0) return setState({ status: 'problem', problem: 'failed' });
      if (blob.size > maxBytes) return setState({ status: 'problem', problem: 'too-long' });
      setState({ status: 'review', blob, mime: type, durationMs: Date.now() - startedAt });
    };
    rec.onerror = () => {
      release();
      recorder.current = null;
      if (alive.current) setState({ status: 'problem', problem: 'failed' });
    };
    recorder.current = rec;
    rec.start();
    limit.current = setTimeout(() => {
      if (rec.state !== 'inactive') rec.stop();
    }, maxMs);
    setState({ status: 'recording', startedAt });
  }, [maxMs, maxBytes, release]);

  const stop = useCallback(() => {
    const rec = recorder.current;
    if (rec && rec.state !== 'inactive') rec.stop();
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, stop, reset };
};
