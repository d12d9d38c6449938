// A calm prompt for a new app version; never shown (and never reloading) during a conversation.
import { useTranslation } from 'react-i18next';
import { isConversationRoute } from '../state/route';
import { useAppStore } from '../state/store';
import { applyUpdate } from '../pwa';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const ready = useAppStore((s) => s.updateReady);
  const route = useAppStore((s) => s.route);
  const setUpdateReady = useAppStore((s) => s.setUpdateReady);
  if (!ready || isConversationRoute(route)) return null;
  return (
    <aside className="update-prompt" aria-labelledby="update-title">
      <h2 id="update-title">{t('update.title')}</h2>
      <p>{t('update.body')}</p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => void applyUpdate()}>
          {t('update.now')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setUpdateReady(false)}>
          {t('update.later')}
        </button>
      </div>
    </aside>
  );
}
