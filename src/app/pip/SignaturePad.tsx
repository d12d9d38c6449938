// A signature drawn with a finger or pen, kept as an SVG path; who cannot draw types the name instead.
import { useId, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const WIDTH = 480;
const HEIGHT = 160;

interface Props {
  label: string;
  /** Whose signature: named in the typed alternative too. */
  name: string;
  value?: string;
  onChange(signature: string | undefined): void;
}

/** A typed signature is stored as "text:<name>"; a drawn one as the path's "M x y L x y …". */
export const isTypedSignature = (signature: string) => signature.startsWith('text:');

export function SignaturePad({ label, name, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  /** The path as drawn so far: every point counts, however fast the pen moves between renders. */
  const path = useRef<string | null>(null);
  const drawn = value && !isTypedSignature(value) ? value : '';
  const point = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    const x = Math.round(((e.clientX - box.left) / box.width) * WIDTH);
    const y = Math.round(((e.clientY - box.top) / box.height) * HEIGHT);
    return `${x} ${y}`;
  };
  return (
    <div className="signature" data-testid="signature">
      <span className="signature-label" id={`${id}-label`}>
        {label}
      </span>
      <svg
        ref={svg}
        className="signature-pad"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-label`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          path.current = `${drawn}${drawn ? ' ' : ''}M ${point(e)}`;
          onChange(path.current);
        }}
        onPointerMove={(e) => {
          if (path.current === null) return;
          path.current = `${path.current} L ${point(e)}`;
          onChange(path.current);
        }}
        onPointerUp={() => {
          path.current = null;
        }}
      >
        <line
          x1="24"
          y1={HEIGHT - 32}
          x2={WIDTH - 24}
          y2={HEIGHT - 32}
          className="signature-line"
        />
        {drawn ? <path d={drawn} className="signature-ink" /> : null}
      </svg>
      <div className="plan-row">
        <label className="field">
          <span>{t('plan.typeNameOf', { name })}</span>
          <input
            value={value && isTypedSignature(value) ? value.slice(5) : ''}
            onChange={(e) => onChange(e.target.value.trim() ? `text:${e.target.value}` : undefined)}
          />
        </label>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange(undefined)}
          disabled={!value}
        >
          {t('plan.clearSignature')}
        </button>
      </div>
    </div>
  );
}

/** A stored signature, shown in the letter and the versions. */
export function SignatureView({ signature, name }: { signature: string; name: string }) {
  return isTypedSignature(signature) ? (
    <span className="signature-typed">{signature.slice(5)}</span>
  ) : (
    <svg
      className="signature-shown"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={name}
    >
      <path d={signature} className="signature-ink" />
    </svg>
  );
}
