// The picture of a question or tile: the municipality's own photo when it has one (with the pictogram
// small in its corner, so the familiar sign stays), otherwise the pictogram.
import { Pictogram } from '../ui/Pictogram';
import { useContentPhoto } from './useContentPhoto';
import '../audio/audio.css';

interface Props {
  pictogram: string;
  /** questionPhotoKey(question.id) or tilePhotoKey(tile.id) from src/app/audio/promptKeys.ts. */
  photoKey: string;
  /**
   * Alt text of the photo: the label it illustrates. Pass "" where the same label is already read out
   * beside the picture (inside a tile button), so a screen reader does not say it twice.
   */
  alt: string;
  size?: number;
  className?: string;
}

export function ContentPicture({ pictogram, photoKey, alt, size = 96, className }: Props) {
  const photo = useContentPhoto(photoKey);
  if (!photo) return <Pictogram name={pictogram} size={size} className={className} />;
  return (
    <span className={`content-picture ${className ?? ''}`} data-photo={photoKey}>
      <img
        src={photo.url}
        alt={alt}
        width={size}
        height={size}
        className="content-photo"
        draggable={false}
      />
      <span className="content-picture-badge">
        <Pictogram name={pictogram} size={Math.round(size / 3)} />
      </span>
    </span>
  );
}
