// Basis op orde: per topic (income, toeslagen, insurance, housing, bank, debts, health, children, kinderopvang)
// its status and who acts, with what the intake said beside it.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  BASIS_STATUSES,
  BASIS_TOPICS,
  type BasisStatus,
  type BasisTopic,
} from '../../content/pip/plan';
import { answersForFields } from '../../domain/pip/intakeLinks';
import { setBasis, type BasisItem } from '../../domain/pip/plan';
import type { CaseSnapshot } from '../../domain/types';
import { currentAuthor } from '../author';
import { Pictogram } from '../ui/Pictogram';
import { ActorSelect } from './ActorSelect';
import { IntakeSaid } from './IntakeSaid';
import { writeNow } from './usePip';

interface Props {
  snapshot: CaseSnapshot;
  doc: Y.Doc;
  basis: Partial<Record<string, BasisItem>>;
  entries: Record<string, string[]>;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

export function BasisSection({ snapshot, doc, basis, entries, run }: Props) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="basis-heading" data-testid="plan-basis">
      <h2 id="basis-heading">{t('plan.basis')}</h2>
      <ul className="basis-list">
        {BASIS_TOPICS.map((topic) => (
          <BasisRow
            key={topic.id}
            topic={topic}
            item={basis[topic.id]}
            seen={entries[`basis:${topic.id}`]}
            snapshot={snapshot}
            doc={doc}
            run={run}
          />
        ))}
      </ul>
    </section>
  );
}

function BasisRow(props: {
  topic: BasisTopic;
  item?: BasisItem;
  seen?: string[];
  snapshot: CaseSnapshot;
  doc: Y.Doc;
  run: Props['run'];
}) {
  const { topic, item, seen, snapshot, doc, run } = props;
  const { t } = useTranslation();
  const save = (change: Partial<BasisItem>) =>
    run((doc) =>
      setBasis(doc, {
        topic: topic.id,
        item: { status: item?.status ?? 'todo', who: item?.who ?? 'gemeente', ...item, ...change },
        ...writeNow(),
        author: currentAuthor(),
        ...(seen ? { replaces: seen } : {}),
      }),
    );
  const label = t(`plan.topic.${topic.id}`);
  return (
    <li className={`basis-row basis-${item?.status ?? 'none'}`} data-testid={`basis-${topic.id}`}>
      <Pictogram name={topic.pictogram} size={48} />
      <div className="basis-body">
        <h3>{label}</h3>
        <IntakeSaid links={answersForFields(snapshot, topic.fields)} doc={doc} />
      </div>
      <div className="basis-controls">
        <div className="segmented" role="group" aria-label={t('plan.statusOf', { topic: label })}>
          {BASIS_STATUSES.map((status: BasisStatus) => (
            <button
              key={status}
              type="button"
              className={`segment segment-${status}${item?.status === status ? ' is-selected' : ''}`}
              aria-pressed={item?.status === status}
              onClick={() => void save({ status })}
            >
              {t(`plan.status.${status}`)}
            </button>
          ))}
        </div>
        <ActorSelect
          label={t('plan.whoActs')}
          value={item?.who}
          onChange={(who) => void save({ who })}
        />
      </div>
    </li>
  );
}
