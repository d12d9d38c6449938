// A field of the plan that saves when the consultant leaves it (one write, not one per key). It remembers the
// entries it showed when she began typing, so a change that arrives from another tablet meanwhile is kept
// beside hers (a conflict to choose), never overwritten; and it does not throw away what she is typing.
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** The slot's entry ids as read (Plan.entries): what her change replaces. */
  entries?: string[];
  onSave(value: string, replaces: string[] | undefined): unknown;
  multiline?: boolean;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  lang?: string;
}

export function TextField({
  label,
  value,
  entries,
  onSave,
  multiline,
  type = 'text',
  min,
  max,
  lang,
}: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  /** While she edits: the entries on screen when she began. */
  const [seen, setSeen] = useState<string[] | undefined | null>(null);
  const editing = seen !== null;
  // A change from elsewhere (sync, a chosen conflict) shows, unless she is typing.
  if (shown !== value && !editing) {
    setShown(value);
    setText(value);
  }
  const begin = () => {
    if (!editing) setSeen(entries);
  };
  const save = () => {
    setSeen(null);
    if (text.trim() !== shown.trim()) onSave(text, seen ?? entries);
    else setText(value);
  };
  const common = {
    id,
    lang,
    value: text,
    onFocus: begin,
    onBlur: save,
    onChange: (e: { target: { value: string } }) => {
      begin();
      setText(e.target.value);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={type} min={min} max={max} {...common} />
      )}
    </div>
  );
}
