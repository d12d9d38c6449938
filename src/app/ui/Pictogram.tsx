// A pictogram from the bundled OpenMoji subset; decorative, because a text label always stands beside it.
import { pictogramUrl } from '../../content/pictograms';

export function Pictogram({
  name,
  size = 96,
  className,
}: {
  name: string;
  size?: number;
  className?: string;
}) {
  return (
    <img
      src={pictogramUrl(name)}
      alt=""
      aria-hidden="true"
      width={size}
      height={size}
      className={className ? `pictogram ${className}` : 'pictogram'}
      draggable={false}
    />
  );
}
