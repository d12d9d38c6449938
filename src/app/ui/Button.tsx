// The app's button: large touch target, optional pictogram, one of three calm variants.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Pictogram } from './Pictogram';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
  pictogram?: string;
  children: ReactNode;
}

export function Button({
  variant = 'secondary',
  pictogram,
  children,
  className,
  type = 'button',
  ...rest
}: Props) {
  return (
    <button type={type} className={`button button-${variant} ${className ?? ''}`} {...rest}>
      {pictogram ? <Pictogram name={pictogram} size={32} /> : null}
      <span>{children}</span>
    </button>
  );
}
