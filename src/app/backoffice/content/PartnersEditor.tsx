// Local partners and contacts (taalhuis, VluchtelingenWerk, the school): name, what they do, phone, address and
// link; added, changed or taken away by the municipality, shown to consultants on their tablets.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnersOf, type ContentRow, type Partner } from '../../../domain/municipalContent';
import type { ContentItem } from '../../../protocol/municipalContent';
import { Field } from './Field';
import { reviewerOf, saveContent } from './saveContent';

const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'partner';

export function PartnersEditor({
  items,
  reviewer,
  onSaved,
}: {
  items: readonly ContentItem[];
  reviewer: string;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const partners = partnersOf(items as readonly ContentRow[]);
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const remove = async (partner: Partner) => {
    if (
      !(await saveContent({
        kind: 'partner',
        key: partner.id,
        language: '',
        value: null,
        ...reviewerOf(reviewer),
      }))
    )
      onSaved();
  };
  return (
    <section className="card" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t('backoffice.content.partnersTitle')}</h2>
      {partners.length === 0 ? <p className="empty">{t('backoffice.content.noPartners')}</p> : null}
      <ul className="plain-list partner-list">
        {partners.map((p) => (
          <li key={p.id} className="partner-row" data-testid="partner-row">
            <div>
              <strong>{p.name}</strong>
              <div className="hint">
                {[p.about, p.phone, p.address].filter(Boolean).join(' · ')}
              </div>
            </div>
            <div className="row">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setEditing(p)}
              >
                {t('backoffice.content.edit')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void remove(p)}
              >
                {t('backoffice.content.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <PartnerForm
          key={editing === 'new' ? 'new' : editing.id}
          partner={editing === 'new' ? undefined : editing}
          reviewer={reviewer}
          onDone={() => (setEditing(null), onSaved())}
        />
      ) : (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('backoffice.content.addPartner')}
        </button>
      )}
    </section>
  );
}

function PartnerForm({
  partner,
  reviewer,
  onDone,
}: {
  partner: Partner | undefined;
  reviewer: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState({
    name: partner?.name ?? '',
    about: partner?.about ?? '',
    phone: partner?.phone ?? '',
    address: partner?.address ?? '',
    url: partner?.url ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof typeof fields) => (value: string) =>
    setFields((f) => ({ ...f, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { url, ...rest } = fields;
    const failure = await saveContent({
      kind: 'partner',
      key: partner?.id ?? slug(fields.name),
      language: '',
      value: { ...rest, ...(url ? { url } : {}) },
      ...reviewerOf(reviewer),
    });
    if (failure) setProblem(failure);
    else onDone();
  };
  return (
    <form
      className="partner-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('backoffice.content.partnerForm')}
    >
      <Field
        id={`${id}-n`}
        label={t('backoffice.content.partnerName')}
        value={fields.name}
        onChange={set('name')}
      />
      <Field
        id={`${id}-a`}
        label={t('backoffice.content.partnerAbout')}
        value={fields.about}
        onChange={set('about')}
      />
      <Field
        id={`${id}-p`}
        label={t('backoffice.content.partnerPhone')}
        value={fields.phone}
        onChange={set('phone')}
        type="tel"
      />
      <Field
        id={`${id}-d`}
        label={t('backoffice.content.partnerAddress')}
        value={fields.address}
        onChange={set('address')}
      />
      <Field
        id={`${id}-u`}
        label={t('backoffice.content.sourceUrl')}
        value={fields.url}
        onChange={set('url')}
        type="url"
      />
      {problem ? (
        <p className="form-error" role="alert">
          {t(problem === 'invalid-request' ? 'backoffice.content.invalid' : 'backoffice.failed')}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button-primary">
          {t('backoffice.content.save')}
        </button>
      </div>
    </form>
  );
}
