// A municipality photo for a question or tile, as an object URL while a component shows it.
import { useEffect, useState } from 'react';
import { slotOf, type ContentMediaInfo } from '../../storage/media';
import { useContentIndex } from '../audio/contentIndex';
import { contentMedia } from '../audio/mediaServices';

export interface ContentPhoto {
  info: ContentMediaInfo;
  url: string;
}

/** The photo for `photoKey` (questionPhotoKey / tilePhotoKey), or undefined while there is none (or it loads). */
export const useContentPhoto = (photoKey: string | undefined): ContentPhoto | undefined => {
  const { active } = useContentIndex();
  const info = photoKey ? active.get(slotOf('photo', photoKey)) : undefined;
  const id = info?.id;
  const [loaded, setLoaded] = useState<{ id: string; url: string } | undefined>(undefined);
  useEffect(() => {
    if (!id) return;
    let url: string | undefined;
    let cancelled = false;
    void contentMedia
      .blob(id)
      .then((blob) => {
        if (cancelled || !blob) return;
        url = URL.createObjectURL(blob);
        setLoaded({ id, url });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return info && loaded?.id === info.id ? { info, url: loaded.url } : undefined;
};
