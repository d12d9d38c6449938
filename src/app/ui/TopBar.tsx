// The consultant's top bar: app name, online state, and the way home and to settings.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { ConnectivityChip } from './ConnectivityChip';
import { sectionsFor } from '../../protocol/backofficeSections';

export function TopBar({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const role = useAppStore((s) =>
    s.session.status === 'signed-out' ? undefined : s.session.user.role,
  );
  return (
    <header className="topbar">
      <button type="button" className="topbar-home" onClick={() => navigate({ name: 'home' })}>
        <span className="logo" aria-hidden="true" />
        <span>{t('app.name')}</span>
      </button>
      {title ? <h1 className="topbar-title">{title}</h1> : <span className="topbar-title" />}
      <div className="topbar-end">
        {children}
        <ConnectivityChip />
        {role && sectionsFor(role).length > 0 ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => navigate({ name: 'backoffice' })}
          >
            {t('nav.backoffice')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => navigate({ name: 'settings' })}
        >
          {t('nav.settings')}
        </button>
      </div>
    </header>
  );
}
