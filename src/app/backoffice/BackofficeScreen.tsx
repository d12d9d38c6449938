// The back office for the teamleider and the beheerder, on a laptop or a tablet: a menu of the parts their role may
// use (caseload, figures, translations, content, people and devices, privacy) and the chosen part, each loaded
// on demand. Loaded apart from the conversation bundle (App.tsx lazy-loads this screen).
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsFor, type BackofficeSection } from '../../protocol/backofficeSections';
import { useAppStore } from '../state/store';
import { TopBar } from '../ui/TopBar';
import './backoffice.css';

const SECTION_SCREENS: Record<BackofficeSection, LazyExoticComponent<ComponentType>> = {
  caseload: lazy(() => import('./CaseloadSection')),
  figures: lazy(() => import('./figures/FiguresSection')),
  translations: lazy(() => import('./translations/TranslationsSection')),
  content: lazy(() => import('./content/ContentSection')),
  people: lazy(() => import('./people/PeopleSection')),
  privacy: lazy(() => import('./privacy/PrivacySection')),
};

export default function BackofficeScreen({ section }: { section?: BackofficeSection }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const role = useAppStore((s) =>
    s.session.status === 'signed-out' ? undefined : s.session.user.role,
  );
  const sections = role ? sectionsFor(role) : [];
  const current = section && sections.includes(section) ? section : sections[0];
  const Section = current ? SECTION_SCREENS[current] : undefined;
  return (
    <>
      <TopBar title={current ? t(`backoffice.section.${current}`) : t('nav.backoffice')} />
      <main className="page backoffice-page" id="main">
        {sections.length > 1 ? (
          <nav className="backoffice-nav" aria-label={t('backoffice.menu')}>
            {sections.map((s) => (
              <a
                key={s}
                href={`#/backoffice/${s}`}
                className="backoffice-tab"
                aria-current={s === current ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ name: 'backoffice', section: s });
                }}
              >
                {t(`backoffice.section.${s}`)}
              </a>
            ))}
          </nav>
        ) : null}
        {Section ? (
          <Suspense fallback={<p className="hint">{t('backoffice.loading')}</p>}>
            <Section key={current} />
          </Suspense>
        ) : (
          <p className="empty" role="alert">
            {t('backoffice.forbidden')}
          </p>
        )}
      </main>
    </>
  );
}
