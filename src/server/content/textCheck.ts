// Whether a new text may replace a built-in one: the app must know the key (it has a Dutch source), the text is not
// empty, and it keeps exactly the placeholders ({{years}}) of the Dutch, so a figure never drops out of a sentence.
import { variables } from '../../content/localeKeys';

export type TextProblem = 'unknown-key' | 'empty' | 'placeholders-differ';

export const checkText = (
  dutch: ReadonlyMap<string, string>,
  key: string,
  text: string,
): TextProblem | undefined => {
  const source = dutch.get(key);
  if (source === undefined) return 'unknown-key';
  if (text.trim() === '') return 'empty';
  if (variables(source).join() !== variables(text).join()) return 'placeholders-differ';
  return undefined;
};
