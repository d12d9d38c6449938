// The municipality's content, edited without a developer and versioned on the server: the legal figures (with
// source and the date they were checked), local partners and contacts, the Dutch wording of the explanation cards
// and their sources, and photos. Every change reaches the tablets through sync and works offline there.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalContent } from '../../../protocol/municipalContent';
import { PhotoSettings } from '../../photos/PhotoSettings';
import { FailureNotice } from '../FailureNotice';
import { useBackofficeData } from '../useBackofficeData';
import { ExplainTextsEditor } from './ExplainTextsEditor';
import { FactsEditor } from './FactsEditor';
import { PartnersEditor } from './PartnersEditor';
import './content.css';

export default function ContentSection() {
  const { t } = useTranslation();
  const reviewerId = useId();
  const [reviewer, setReviewer] = useState('');
  const content = useBackofficeData<MunicipalContent>('/api/content');
  return (
    <div className="content-admin">
      <div className="card reviewer-card">
        <div className="field">
          <label htmlFor={reviewerId}>{t('backoffice.content.checkedBy')}</label>
          <input
            id={reviewerId}
            value={reviewer}
            onChange={(e) => setReviewer(e.target.value)}
            autoComplete="name"
          />
        </div>
        <p className="hint">{t('backoffice.content.checkedByHint')}</p>
      </div>
      {content.status === 'loading' ? <p className="hint">{t('backoffice.loading')}</p> : null}
      {content.status === 'failed' ? <FailureNotice reason={content.reason} /> : null}
      {content.status === 'ready' ? (
        <>
          <FactsEditor
            items={content.data.items}
            revision={content.data.revision}
            reviewer={reviewer}
            onSaved={content.reload}
          />
          <PartnersEditor items={content.data.items} reviewer={reviewer} onSaved={content.reload} />
          <ExplainTextsEditor
            items={content.data.items}
            revision={content.data.revision}
            reviewer={reviewer}
            onSaved={content.reload}
          />
        </>
      ) : null}
      <PhotoSettings />
    </div>
  );
}
