// Checks that uploaded bytes really are the audio or image type they claim to be (magic numbers).

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  // EBML header (Matroska/WebM).
  'audio/webm': (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]),
  'audio/ogg': (b) => startsWith(b, ascii('OggS')),
  // ISO base media: a box "ftyp" at offset 4.
  'audio/mp4': (b) => startsWith(b, ascii('ftyp'), 4),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
};

/** True when the bytes start like a file of the given (accepted, essence) mime type. */
export const bytesMatchMime = (bytes: Uint8Array, mime: string): boolean =>
  SIGNATURES[mime]?.(bytes) ?? false;
