// Makes a photo small enough for every tablet of the municipality: at most 1024 px on its longest side,
// JPEG, under the upload limit. Canvas only, no library; the camera's rotation (EXIF) is applied.
import { MAX_CONTENT_MEDIA_BYTES } from '../../protocol/contentMedia';

export const MAX_PHOTO_SIDE = 1024;

/** Width and height that fit within max × max, keeping the proportions; never enlarges. */
export const fitWithin = (
  width: number,
  height: number,
  max = MAX_PHOTO_SIDE,
): { width: number; height: number } => {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
};

export class PhotoError extends Error {
  constructor(readonly code: 'unreadable' | 'too-large') {
    super(code);
    this.name = 'PhotoError';
  }
}

interface Drawable {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

const decode = async (file: Blob): Promise<Drawable> => {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return {
        source: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        close: () => bitmap.close(),
      };
    } catch {
      // Fall through to an <img>, which some browsers decode where createImageBitmap does not.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return {
      source: img,
      width: img.naturalWidth,
      height: img.naturalHeight,
      close: () => undefined,
    };
  } catch {
    throw new PhotoError('unreadable');
  } finally {
    URL.revokeObjectURL(url);
  }
};

const toJpeg = (canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> =>
  new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/** Downscales and re-encodes a picked or photographed image (which also drops its metadata, e.g. GPS). */
export const downscalePhoto = async (
  file: Blob,
  maxBytes = MAX_CONTENT_MEDIA_BYTES.photo,
): Promise<Blob> => {
  const image = await decode(file);
  try {
    for (const side of [MAX_PHOTO_SIDE, 800, 600]) {
      const { width, height } = fitWithin(image.width, image.height, side);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new PhotoError('unreadable');
      context.drawImage(image.source, 0, 0, width, height);
      for (const quality of [0.85, 0.7, 0.55]) {
        const blob = await toJpeg(canvas, quality);
        if (!blob) throw new PhotoError('unreadable');
        if (blob.size <= maxBytes) return blob;
      }
    }
    throw new PhotoError('too-large');
  } finally {
    image.close();
  }
};
