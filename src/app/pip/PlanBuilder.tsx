// The plan builder: behoefte × (ambitie × mogelijkheden = perspectief) — the beschikking's fields, basis op
// orde, agreements and his perspective, each beside what the intake said; then both sign.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PipVersion } from '../../domain/pip/versions';
import type { CaseSnapshot } from '../../domain/types';
import { AfsprakenSection } from './AfsprakenSection';
import { BasisSection } from './BasisSection';
import { BeschikkingSection } from './BeschikkingSection';
import { ConflictsNotice } from './ConflictsNotice';
import { PerspectiefSection } from './PerspectiefSection';
import { SignSection } from './SignSection';
import { usePlan } from './usePip';

export interface PlanProps {
  caseId: string;
  snapshot: CaseSnapshot;
  doc: Y.Doc;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
  versions: PipVersion[];
}

export function PlanBuilder(props: PlanProps) {
  const { t } = useTranslation();
  const plan = usePlan(props.doc);
  return (
    <div className="plan-builder">
      <p className="plan-intro">{t('plan.intro')}</p>
      <ConflictsNotice conflicts={plan.conflicts} run={props.run} />
      <BeschikkingSection
        doc={props.doc}
        caseId={props.caseId}
        beschikking={plan.beschikking}
        entries={plan.entries}
        run={props.run}
      />
      <BasisSection
        snapshot={props.snapshot}
        doc={props.doc}
        basis={plan.basis}
        entries={plan.entries}
        run={props.run}
      />
      <AfsprakenSection
        snapshot={props.snapshot}
        afspraken={plan.afspraken}
        entries={plan.entries}
        run={props.run}
      />
      <PerspectiefSection
        snapshot={props.snapshot}
        doc={props.doc}
        goal={plan.goal}
        goalVoice={plan.goalVoice}
        steps={plan.steps}
        entries={plan.entries}
        run={props.run}
      />
      <SignSection {...props} />
    </div>
  );
}
