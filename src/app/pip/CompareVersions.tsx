// What changed between two versions, in words: the part of the plan, the field, before and after.
import { useTranslation } from 'react-i18next';
import { compareStoredVersions, parseContent, type PipVersion } from '../../domain/pip/versions';
import { valueText } from './valueText';

export function CompareVersions({ before, after }: { before: PipVersion; after: PipVersion }) {
  const { t } = useTranslation();
  if (before.id === after.id) return <p className="hint">{t('plan.sameVersion')}</p>;
  const changes = compareStoredVersions(before, after);
  const contents = [parseContent(before), parseContent(after)];
  /** "Afspraken › Taalcoach zoeken › wanneer" rather than ids. */
  const where = (path: (string | number)[]) => {
    const [section, key, field] = path;
    const parts = [t(`plan.part.${String(section)}`)];
    if ((section === 'afspraken' || section === 'steps') && typeof key === 'string') {
      const item = contents.map((c) => c[section][key]).find(Boolean);
      parts.push(item?.what ?? key);
      if (field !== undefined)
        parts.push(t(`plan.part.${String(field)}`, { defaultValue: String(field) }));
    } else if (key !== undefined) {
      parts.push(
        section === 'basis'
          ? t(`plan.topic.${String(key)}`)
          : t(`plan.part.${String(key)}`, { defaultValue: String(key) }),
      );
      if (field !== undefined)
        parts.push(t(`plan.part.${String(field)}`, { defaultValue: String(field) }));
    }
    return parts.join(' › ');
  };
  if (changes.length === 0) return <p className="hint">{t('plan.noChanges')}</p>;
  return (
    <table className="compare-table" data-testid="compare">
      <thead>
        <tr>
          <th scope="col">{t('plan.changeWhere')}</th>
          <th scope="col">{t('plan.changeBefore')}</th>
          <th scope="col">{t('plan.changeAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path.join('/')}>
            <th scope="row">{where(c.path)}</th>
            <td>{valueText(c.before)}</td>
            <td>{valueText(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
