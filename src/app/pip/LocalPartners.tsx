// The municipality's local partners and contacts (kept in the back office, held on the tablet for offline use),
// beside the agreements: who to call for language lessons, counselling, school.
import { useTranslation } from 'react-i18next';
import { currentPartners, useMunicipalContent } from '../content/municipalContent';

export function LocalPartners() {
  const { t } = useTranslation();
  useMunicipalContent();
  const partners = currentPartners();
  if (partners.length === 0) return null;
  return (
    <details className="local-partners" data-testid="local-partners">
      <summary>{t('plan.partners', { count: partners.length })}</summary>
      <ul className="plain-list">
        {partners.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            {p.about ? <span> — {p.about}</span> : null}
            <div className="hint">
              {p.phone ? <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a> : null}
              {p.phone && p.address ? ' · ' : null}
              {p.address}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
