// Settings for the consultant: storage kept or not, space used, text review status, and attributions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../content/languages';
import { requestPersistentStorage, type StorageStatus } from '../../storage/deviceStorage';
import { localeMeta } from '../i18n/meta';
import { TopBar } from '../ui/TopBar';
import { DEFAULT_RETENTION_DAYS } from '../../domain/retention';
import { settings } from '../services';
import { AccountCard } from './AccountCard';
import { AboutMeSettings } from './AboutMeSettings';
import { VoicesSettings } from '../audio/VoicesSettings';
import { PhotoSettings } from '../photos/PhotoSettings';
import { TabletCases } from './TabletCases';
import { InstallCard } from '../pwa/InstallHelp';

const megabytes = (bytes?: number) =>
  bytes === undefined ? '?' : (bytes / 1024 / 1024).toFixed(1);

export function SettingsScreen() {
  const { t } = useTranslation();
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [retentionDays, setRetentionDays] = useState(DEFAULT_RETENTION_DAYS);
  useEffect(() => {
    requestPersistentStorage().then(setStorage, () =>
      setStorage({ supported: false, persisted: false }),
    );
    void settings
      .read('retentionDays')
      .then((days) => days !== undefined && setRetentionDays(days));
  }, []);
  return (
    <>
      <TopBar title={t('settings.title')} />
      <main className="page settings" id="main">
        <section aria-labelledby="storage-heading" className="card">
          <h2 id="storage-heading">{t('settings.storage')}</h2>
          {storage === null ? null : (
            <>
              <p data-testid="storage-persisted" className={storage.persisted ? 'ok' : 'warn'}>
                {storage.persisted ? t('settings.persisted') : t('settings.notPersisted')}
              </p>
              {storage.supported ? (
                <p>
                  {t('settings.usage', {
                    used: megabytes(storage.usage),
                    quota: megabytes(storage.quota),
                  })}
                </p>
              ) : null}
            </>
          )}
        </section>
        <InstallCard />
        <TabletCases retentionDays={retentionDays} onRetention={setRetentionDays} />
        <AccountCard />
        <AboutMeSettings />
        <VoicesSettings />
        <PhotoSettings />
        <section aria-labelledby="lang-heading" className="card">
          <h2 id="lang-heading">{t('settings.languages')}</h2>
          <ul className="plain-list">
            {LANGUAGES.map((l) => {
              const meta = localeMeta(l.code);
              return (
                <li key={l.code}>
                  <span lang={l.code} dir={l.dir}>
                    {l.endonym}
                  </span>{' '}
                  —{' '}
                  {meta?.status === 'reviewed'
                    ? t('settings.reviewedBy', { reviewer: meta.reviewer })
                    : t('settings.draft')}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="about-heading" className="card">
          <h2 id="about-heading">{t('settings.about')}</h2>
          <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
          <p>
            {t('settings.pictograms')} <a href="/pictograms/ATTRIBUTION.md">OpenMoji</a> — CC BY-SA
            4.0
          </p>
        </section>
      </main>
    </>
  );
}
