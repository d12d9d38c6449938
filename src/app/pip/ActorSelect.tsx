// Who acts: the inburgeraar, the municipality, or a partner around him (taalaanbieder, VluchtelingenWerk, …).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_IDS, type Actor } from '../../content/pip/plan';

export function ActorSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value?: Actor;
  onChange(actor: Actor): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field actor-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value as Actor)}>
        {value ? null : <option value="">{t('plan.choose')}</option>}
        {ACTOR_IDS.map((actor) => (
          <option key={actor} value={actor}>
            {t(`plan.actor.${actor}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
