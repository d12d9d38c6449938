// One labelled input of the content forms (text, link, date or a whole number).
export function Field({
  id,
  label,
  value,
  onChange,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  type?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...(type === 'number' ? { min: 1, step: 1 } : {})}
      />
    </div>
  );
}
