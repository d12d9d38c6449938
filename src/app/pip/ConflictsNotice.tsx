// Parts of the plan changed on two tablets apart: both wordings stay until the consultant keeps one.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { chooseSlotValue } from '../../domain/pip/plan';
import type { SlotReading } from '../../domain/pip/register';
import type { Json } from '../../domain/pip/versioning';
import { currentAuthor } from '../author';
import { writeNow } from './usePip';
import { valueText } from './valueText';

export function ConflictsNotice({
  conflicts,
  run,
}: {
  conflicts: SlotReading[];
  run(c: (doc: Y.Doc) => void): Promise<boolean>;
}) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  /** Which part of the plan a slot is, in the consultant's words. */
  const slotLabel = (slot: string): string => {
    const [kind, key = ''] = slot.split(':');
    if (kind === 'basis') return t(`plan.topic.${key}`);
    if (kind === 'afspraak') return t('plan.part.afspraken');
    if (kind === 'stap') return t('plan.part.steps');
    if (kind === 'beschikking') return `${t('plan.part.beschikking')} › ${key}`;
    if (kind === 'goalVoice') return t('plan.goalVoice');
    return t('plan.part.goal');
  };
  const keep = (c: SlotReading, value: Json) =>
    run((doc) =>
      chooseSlotValue(doc, {
        slot: c.slot,
        value,
        ...writeNow(),
        author: currentAuthor(),
        replaces: c.entryIds,
      }),
    );
  return (
    <section
      className="plan-section plan-conflicts"
      aria-labelledby="plan-conflicts-heading"
      role="status"
    >
      <h2 id="plan-conflicts-heading">{t('plan.conflicts')}</h2>
      {conflicts.map((c) => (
        <div key={c.slot} className="plan-conflict" role="group" aria-label={slotLabel(c.slot)}>
          <strong>{slotLabel(c.slot)}</strong>
          {[
            { value: c.value, key: 'shown' },
            ...c.conflicts.map((o) => ({ value: o.value, key: o.entryId })),
          ].map((option) => (
            <button
              key={option.key}
              type="button"
              className="button button-secondary"
              onClick={() => void keep(c, option.value)}
            >
              {t('plan.keep', { text: valueText(option.value) })}
            </button>
          ))}
        </div>
      ))}
    </section>
  );
}
