import { Card, Progress, Typography } from 'antd';
import { DISCLOSURE_KEYS, type DisclosureKey } from '../../../../src/domain/guide';
import { useAdminT } from '../lib/use-admin';

/**
 * The nine disclosures 九公开 with ✓/✗: a guide can only be published when all nine are filled.
 * `missing` comes from the item detail (or from a refused publish).
 */
export function CompletenessPanel(props: {
  missing: readonly string[];
  disclosures?: Partial<Record<DisclosureKey, string>>;
  /** the marks describe unsaved edits (checked again by the server on publish) */
  live?: boolean;
}) {
  const t = useAdminT();
  const missing = new Set(props.missing);
  const done = DISCLOSURE_KEYS.filter((k) => !missing.has(k)).length;
  return (
    <Card size="small" title={t('completeness.title')} className="yz-completeness">
      <Progress
        percent={Math.round((done / DISCLOSURE_KEYS.length) * 100)}
        status={done === DISCLOSURE_KEYS.length ? 'success' : 'exception'}
        format={() => `${done}/9`}
        size="small"
      />
      <Typography.Text type={done === 9 ? 'success' : 'danger'}>
        {done === 9 ? t('completeness.allDone') : t('completeness.count', { done })}
      </Typography.Text>
      <ul className="yz-disclosures">
        {DISCLOSURE_KEYS.map((k) => {
          const isMissing = missing.has(k);
          const text = props.disclosures?.[k];
          return (
            <li
              key={k}
              data-disclosure={k}
              data-state={isMissing ? 'missing' : 'ok'}
              className={isMissing ? 'is-missing' : 'is-ok'}
            >
              <span className="yz-mark" title={isMissing ? t('completeness.missing') : t('completeness.ok')}>
                {isMissing ? '✗' : '✓'}
              </span>
              <span className="yz-disclosure-name">{t(`disclosure.${k}`)}</span>
              {isMissing ? (
                <span className="yz-disclosure-state">{t('completeness.missing')}</span>
              ) : (
                <Typography.Text type="secondary" ellipsis={{ tooltip: text }} className="yz-disclosure-text">
                  {text ?? ''}
                </Typography.Text>
              )}
            </li>
          );
        })}
      </ul>
      {props.live && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('completeness.unsaved')}
        </Typography.Text>
      )}
    </Card>
  );
}
