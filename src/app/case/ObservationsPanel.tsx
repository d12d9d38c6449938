// The consultant's own observations (e.g. "reads with ease?", "route advice"): answered here, in her
// view, never in the conversation the inburgeraar holds. One tap stores the answer as hers.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DOMAINS } from '../../content/catalog';
import { answerQuestion } from '../../domain/answers';
import type { Conversation } from '../../domain/types';
import { currentAuthor } from '../author';

/** The route is decided in the leerroute panel (with the test and the advice), not as an observation. */
const DECIDED_ELSEWHERE = new Set(['future.obs-route']);

const OBSERVATIONS = DOMAINS.flatMap((d) =>
  d.questions.filter((q) => q.answeredBy === 'consultant' && !DECIDED_ELSEWHERE.has(q.id)),
);

interface Props {
  conversations: Conversation[];
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function ObservationsPanel({ conversations, run }: Props) {
  const { t, i18n } = useTranslation();
  const nl = i18n.getFixedT('nl', 'content');
  // Recorded with the conversation that is still going on, else with the latest one.
  const conversation = conversations.filter((c) => !c.endedAt).at(-1) ?? conversations.at(-1);
  if (!conversation) return null;
  const choose = (questionId: string, tileId: string, sensitive: boolean) =>
    void run((doc) =>
      answerQuestion(doc, {
        conversationId: conversation.id,
        questionId,
        value: { kind: 'tiles', tileIds: [tileId] },
        language: 'nl',
        answeredBy: 'consultant',
        author: currentAuthor(),
        now: new Date().toISOString(),
        rules: { forConsultantOnly: true, sensitive },
      }),
    );
  return (
    <section
      className="observations-panel"
      aria-labelledby="observations-heading"
      data-testid="observations"
    >
      <h2 id="observations-heading">{t('observations.title')}</h2>
      <p className="hint">{t('observations.hint')}</p>
      <dl className="observations">
        {OBSERVATIONS.map((q) => {
          const current = conversation.answers[q.id];
          const chosen =
            current?.answeredBy === 'consultant' && current.value?.kind === 'tiles'
              ? current.value.tileIds
              : [];
          return (
            <div key={q.id} className="observation" data-question={q.id}>
              <dt>{nl(q.textKey)}</dt>
              <dd>
                <div role="group" aria-label={nl(q.textKey)} className="observation-choices">
                  {q.tiles.map((tile) => (
                    <button
                      key={tile.id}
                      type="button"
                      className={`choice ${chosen.includes(tile.id) ? 'is-selected' : ''}`}
                      aria-pressed={chosen.includes(tile.id)}
                      onClick={() => choose(q.id, tile.id, q.sensitivity === 'sensitive')}
                    >
                      {nl(tile.labelKey)}
                    </button>
                  ))}
                </div>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
