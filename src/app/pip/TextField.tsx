// A text field of the plan that saves when the consultant leaves it (one write, not one per key).
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onSave(value: string): unknown;
  multiline?: boolean;
  lang?: string;
}

export function TextField({ label, value, onSave, multiline, lang }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // A change from elsewhere (sync, a chosen conflict) replaces what the field shows.
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const save = () => {
    if (text.trim() !== value.trim()) onSave(text);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} lang={lang} rows={3} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
      ) : (
        <input id={id} lang={lang} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />
      )}
    </div>
  );
}
