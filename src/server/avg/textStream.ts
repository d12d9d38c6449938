// Sends text written piece by piece as a stream: pieces are gathered into chunks of about 64 kB and produced only
// as fast as the client reads them (the stream pulls the next chunk when the previous one has drained).
import { Readable } from 'node:stream';

const CHUNK_CHARS = 64 * 1024;

function* chunks(pieces: Iterable<string>): Generator<string> {
  let buffered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffered.push(piece);
    length += piece.length;
    if (length >= CHUNK_CHARS) {
      yield buffered.join('');
      buffered = [];
      length = 0;
    }
  }
  if (length > 0) yield buffered.join('');
}

/**
 * A readable stream of the pieces. `done` runs once when the stream ends, fails or is dropped by the client
 * (it releases what the pieces read from, e.g. the loaded case document).
 */
export const textStream = (pieces: Iterable<string>, done: () => void): Readable => {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    done();
  };
  const stream = Readable.from(chunks(pieces), { objectMode: false });
  stream.once('close', release);
  return stream;
};
