// The beschikking's fields beside the leerroute: afschalen, conditions, guidance, MAP and PVT, ontzorgen (for
// asielstatushouders with bijstand, at least six months), voortgangsgesprekken and VVE.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { BESCHIKKING_RULES } from '../../content/pip/plan';
import { setBeschikking, type BeschikkingFields } from '../../domain/pip/plan';
import { currentAuthor } from '../author';
import { useAppStore } from '../state/store';
import { TextField } from './TextField';
import { useLeerroute, writeNow } from './usePip';

interface Props {
  doc: Y.Doc;
  caseId: string;
  beschikking: BeschikkingFields;
  /** The plan's entry ids per slot (Plan.entries). */
  entries: Record<string, string[]>;
  run(command: (doc: Y.Doc) => void): Promise<boolean>;
}

const TEXT_FIELDS = ['voorwaarden', 'begeleiding', 'mapIntensity', 'pvtIntensity', 'vve'] as const;

export function BeschikkingSection({ doc, caseId, beschikking, entries, run }: Props) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const route = useLeerroute(doc).current;
  const set = <K extends keyof BeschikkingFields>(
    field: K,
    value: BeschikkingFields[K],
    replaces?: string[],
  ) =>
    run((d) =>
      setBeschikking(d, {
        field,
        value,
        ...writeNow(),
        author: currentAuthor(),
        ...(replaces ? { replaces } : {}),
      }),
    );
  const seen = (field: keyof BeschikkingFields) => entries[`beschikking:${field}`];
  const ontzorgenApplies = beschikking.asielstatushouder && beschikking.bijstand;
  return (
    <section
      className="plan-section"
      aria-labelledby="beschikking-heading"
      data-testid="plan-beschikking"
    >
      <h2 id="beschikking-heading">{t('plan.beschikking')}</h2>
      <p className="plan-route" data-testid="plan-route">
        {route ? t('plan.routeIs', { route: t(`pip.route.${route.route}`) }) : t('pip.notDecided')}{' '}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ name: 'case', caseId })}
        >
          {t('plan.changeRoute')}
        </button>
      </p>
      <div className="plan-checks">
        {route?.route === 'b1' ? (
          <Check
            label={t('plan.afschalenA2')}
            checked={beschikking.afschalenA2}
            onChange={(v) => void set('afschalenA2', v)}
          />
        ) : null}
        <Check
          label={t('plan.asielstatushouder')}
          checked={beschikking.asielstatushouder}
          onChange={(v) => void set('asielstatushouder', v)}
        />
        <Check
          label={t('plan.bijstand')}
          checked={beschikking.bijstand}
          onChange={(v) => void set('bijstand', v)}
        />
      </div>
      {ontzorgenApplies ? (
        <fieldset className="plan-ontzorgen">
          <legend>
            {t('plan.ontzorgen', { months: BESCHIKKING_RULES.ontzorgenMinMonths.value })}
          </legend>
          <Check
            label={t('plan.ontzorgenYes')}
            checked={!!beschikking.ontzorgen}
            onChange={(v) =>
              void set(
                'ontzorgen',
                v
                  ? {
                      how: t('plan.ontzorgenDefault'),
                      months: BESCHIKKING_RULES.ontzorgenMinMonths.value,
                    }
                  : null,
              )
            }
          />
          {beschikking.ontzorgen ? (
            <div className="plan-row">
              <TextField
                label={t('plan.ontzorgenHow')}
                value={beschikking.ontzorgen.how}
                entries={seen('ontzorgen')}
                onSave={(how, replaces) =>
                  set('ontzorgen', { ...beschikking.ontzorgen!, how }, replaces)
                }
              />
              <TextField
                label={t('plan.ontzorgenMonths')}
                type="number"
                min={BESCHIKKING_RULES.ontzorgenMinMonths.value}
                max={36}
                value={String(beschikking.ontzorgen.months)}
                entries={seen('ontzorgen')}
                onSave={(months, replaces) =>
                  set('ontzorgen', { ...beschikking.ontzorgen!, months: Number(months) }, replaces)
                }
              />
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div className="plan-fields">
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`plan.field.${field}`)}
            value={beschikking[field]}
            entries={seen(field)}
            onSave={(v, replaces) => set(field, v, replaces)}
          />
        ))}
        {beschikking.asielstatushouder ? (
          <TextField
            label={t('plan.field.routeIntensity')}
            value={beschikking.routeIntensity}
            entries={seen('routeIntensity')}
            onSave={(v, replaces) => set('routeIntensity', v, replaces)}
          />
        ) : null}
        <TextField
          label={t('plan.field.voortgang')}
          type="number"
          min={1}
          max={12}
          value={String(beschikking.voortgangEveryMonths)}
          entries={seen('voortgangEveryMonths')}
          onSave={(v, replaces) => set('voortgangEveryMonths', Number(v), replaces)}
        />
      </div>
    </section>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
}) {
  return (
    <label className={`choice${checked ? ' is-selected' : ''}`}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
