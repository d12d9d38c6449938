// What the intake said about a part of the plan, in the consultant's Dutch with his own words as he said them.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { IntakeLink } from '../../domain/pip/intakeLinks';
import { AnswerText } from '../case/AnswerText';

export function IntakeSaid({ links, doc }: { links: IntakeLink[]; doc?: Y.Doc }) {
  const { t, i18n } = useTranslation();
  if (links.length === 0) return <p className="hint">{t('plan.intakeNothing')}</p>;
  const content = i18n.getFixedT('nl', 'content');
  return (
    <ul className="intake-said">
      {links.map(({ question, answer, private: alone }) => (
        <li key={question.id}>
          <span className="intake-q">{content(question.textKey)}</span>{' '}
          <AnswerText question={question} answer={answer} doc={doc} />
          {alone ? <span className="chip chip-private">{t('answers.private')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
