// How to put Samenspraak on this tablet's home screen, as this browser allows: "already there", the app's own
// button where the browser offers to install (beforeinstallprompt), picture steps for iPadOS (Share → Add to Home
// Screen) and Safari on a Mac, or a pointer to the browser's menu. Used in Settings and in "klaar voor onderweg".
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddToHomeIcon, AppIcon, MenuDotsIcon, ShareIcon } from './InstallPictures';
import { promptInstall, useInstallState } from './installPrompt';
import './install.css';

function Step({ picture, children }: { picture: ReactNode; children: ReactNode }) {
  return (
    <li className="install-step">
      <span className="install-picture">{picture}</span>
      <span className="install-step-text">{children}</span>
    </li>
  );
}

/** Share → Add to Home Screen (or Add to Dock) → Add, with the pictures of what to tap. */
export function AppleInstallSteps({ dock = false }: { dock?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="install-apple" data-testid="install-apple">
      <p>{t('install.apple.intro')}</p>
      <ol className="install-steps">
        <Step picture={<ShareIcon />}>{t('install.apple.share')}</Step>
        <Step picture={<AddToHomeIcon />}>
          {dock ? t('install.apple.addDock') : t('install.apple.add')}
        </Step>
        <Step picture={<AppIcon />}>
          {dock ? t('install.apple.confirmDock') : t('install.apple.confirm')}
        </Step>
      </ol>
      <p className="hint">{t('install.apple.ownStorage')}</p>
    </div>
  );
}

export function InstallHelp({ showWhy = true }: { showWhy?: boolean }) {
  const { t } = useTranslation();
  const { method, justInstalled } = useInstallState();
  const [declined, setDeclined] = useState(false);

  const install = async () => {
    const outcome = await promptInstall();
    setDeclined(outcome !== 'accepted');
  };

  if (method === 'installed') {
    return (
      <p className="ok" data-testid="install-state">
        {justInstalled ? t('install.justInstalled') : t('install.installed')}
      </p>
    );
  }
  return (
    <div className="install-help" data-testid="install-help">
      {showWhy ? <p>{t('install.why')}</p> : null}
      {method === 'prompt' ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void install()}
          data-testid="install-button"
        >
          <AddToHomeIcon />
          {t('install.button')}
        </button>
      ) : null}
      {method === 'apple-home-screen' ? <AppleInstallSteps /> : null}
      {method === 'apple-dock' ? <AppleInstallSteps dock /> : null}
      {method === 'browser-menu' ? (
        <ol className="install-steps">
          <Step picture={<MenuDotsIcon />}>{t('install.menu')}</Step>
        </ol>
      ) : null}
      {method === 'unsupported' ? <p className="hint">{t('install.unsupported')}</p> : null}
      {declined && method !== 'prompt' ? <p className="hint">{t('install.declined')}</p> : null}
    </div>
  );
}

/** The Settings card. */
export function InstallCard() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="install-heading" className="card" data-testid="install-card">
      <h2 id="install-heading">{t('install.title')}</h2>
      <InstallHelp />
    </section>
  );
}
