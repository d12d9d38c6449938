// Revoking a tablet never destroys work by a mistap: first choose how (retire: it sends what it still
// has, then wipes itself; lost or stolen: it wipes at its next contact and unsent work is lost), then
// confirm with a button that names the tablet.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../protocol/api';
import { Dialog } from '../ui/Dialog';

export type RevokeMode = 'retire' | 'lost';

interface Props {
  device: Device;
  onRevoke(mode: RevokeMode): Promise<void>;
  onClose(): void;
}

export function RevokeDialog({ device, onRevoke, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [mode, setMode] = useState<RevokeMode | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!mode) return;
    setBusy(true);
    try {
      await onRevoke(mode);
      onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog titleId={titleId} onClose={onClose}>
      <div className="form revoke-dialog">
        <h2 id={titleId}>{t('devices.revokeTitle', { name: device.name })}</h2>
        <fieldset className="field">
          <legend className="visually-hidden">{t('devices.revokeHow')}</legend>
          {(['retire', 'lost'] as const).map((m) => (
            <label key={m} className={`choice revoke-choice ${mode === m ? 'is-selected' : ''}`}>
              <input
                type="radio"
                name="revoke-mode"
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              <strong>{t(`devices.mode.${m}`)}</strong>
              <span className="hint">{t(`devices.modeHint.${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="row">
          <button
            type="button"
            className={`button ${mode === 'lost' ? 'button-danger' : 'button-primary'}`}
            disabled={!mode || busy}
            onClick={() => void confirm()}
          >
            {mode ? t(`devices.confirm.${mode}`, { name: device.name }) : t('devices.chooseFirst')}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
