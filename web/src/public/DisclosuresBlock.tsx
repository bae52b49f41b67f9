import { useT } from '../shared/i18n';
import { messages } from './messages';
import { DISCLOSURE_KEYS, type Disclosures } from './types';

/** The nine disclosures 九公开 as one labelled block, in the contract order. */
export function DisclosuresBlock({ disclosures }: { disclosures: Disclosures }) {
  const t = useT(messages);
  return (
    <section aria-labelledby="disclosures-title" className="yz-disclosures">
      <h2 id="disclosures-title">
        {t('disclosures.title')}
        <span className="yz-title-note">{t('disclosures.note')}</span>
      </h2>
      <dl>
        {DISCLOSURE_KEYS.map((key, i) => (
          <div key={key} className="yz-disclosure" data-key={key}>
            <dt>
              <span className="yz-disclosure-no" aria-hidden>
                {i + 1}
              </span>
              {t(`disclosure.${key}`)}
            </dt>
            <dd>{disclosures[key]?.trim() ? disclosures[key] : t('disclosures.missing')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
