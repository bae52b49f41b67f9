import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { Crumbs } from './Crumbs';
import { DisclosuresBlock } from './DisclosuresBlock';
import { catalogOf, FeeCatalogTable, withCatalogFees } from './FeeCatalogTable';
import { Flowchart } from './Flowchart';
import { dateOf, KIND_KEYS, promisedText, statutoryText, visitsText } from './format';
import { MaterialsTable, SpecialProceduresTable } from './GuideTables';
import { useSetCurrentHall } from './hall-context';
import { messages } from './messages';
import { ErrorState, Loading, useDocumentTitle } from './StatusViews';
import type { PublicFees, PublicVersion, PublishedGuideView } from './types';
import { usePublicGet } from './use-public-get';

function Section({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`sec-${id}`} className={`yz-guide-section ${className ?? ''}`}>
      <h2 id={`sec-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Text({ value }: { value: string }) {
  const t = useT(messages);
  return value.trim() ? <p className="yz-prose">{value}</p> : <p className="yz-muted">{t('none')}</p>;
}

/** A definition list of label → value pairs. */
function Facts({ rows }: { rows: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="yz-facts">
      {rows.map(({ label, value }) => (
        <div key={label} className="yz-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PhoneLink({ phone }: { phone: string }) {
  const t = useT(messages);
  if (!phone.trim()) return <>{t('none')}</>;
  return <a href={`tel:${phone.replace(/[^\d+-]/g, '')}`}>{phone}</a>;
}

/** 网上办理: yes (with the address when there is one) or no. */
function OnlineText({ online, url }: { online: boolean; url: string }) {
  const t = useT(messages);
  if (!online) return <>{t('online.no')}</>;
  if (!url) return <>{t('online.yes')}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {t('online.yes')}（{url}）
    </a>
  );
}

/** The guide body, given a loaded published version. */
export function GuideView({
  guide,
  versions,
  isHistory,
  fees,
}: {
  guide: PublishedGuideView;
  versions: PublicVersion[] | undefined;
  isHistory: boolean;
  /** the current fee catalog; ignored on an older version (it states the fees of its time) */
  fees?: PublicFees;
}) {
  const t = useT(messages);
  const g = guide;
  const itemPath = `/items/${g.id}`;
  const latest = versions?.reduce((max, v) => Math.max(max, v.version), 0);
  const catalog = isHistory ? undefined : catalogOf(fees);
  const feeLines = catalog && !catalog.feeFree ? catalog : undefined;
  const disclosures = withCatalogFees(g.disclosures, catalog, t('fee.freeBasis'), g.feeBasis);
  const feeFree = catalog ? catalog.feeFree : g.feeFree;
  return (
    <>
      <Crumbs
        items={[
          { label: g.hallName, to: `/halls/${g.hallId}` },
          { label: g.departmentName, to: `/halls/${g.hallId}/departments/${g.departmentId}` },
          { label: g.name },
        ]}
      />
      <article className="yz-guide" aria-labelledby="guide-title">
        <p className="yz-print-only yz-print-head">
          {t('brand')} · {t('guide.printHead')} · {g.hallName}
          {isHistory ? ` · ${t('guide.historyNotice')}（${t('guide.versionShort', { v: g.version })}）` : ''}
        </p>
        <header className="yz-guide-head">
          <div className="yz-guide-titles">
            <h1 id="guide-title" className="yz-page-title">
              {g.name}
            </h1>
            <p className="yz-guide-meta">
              <span>
                {t('guide.department')}
                {t('colon')}
                {g.departmentName}
              </span>
              <span className={`yz-tag yz-tag-${g.kind}`}>{t(KIND_KEYS[g.kind])}</span>
              <span>{g.type}</span>
              <span>
                {t('guide.code')}
                {t('colon')}
                {g.code}
              </span>
              <span>{t('guide.version', { v: g.version, date: dateOf(g.publishedAt) })}</span>
            </p>
          </div>
          <div className="yz-guide-actions no-print">
            <Button type="primary" size="large" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('guide.print')}
            </Button>
          </div>
        </header>

        {isHistory ? (
          <Alert
            className="yz-history-notice no-print"
            type="warning"
            showIcon
            title={t('guide.historyNotice')}
            description={
              <span>
                {t('guide.historyDetail', { v: g.version })} <Link to={itemPath}>{t('guide.toCurrent')}</Link>
              </span>
            }
          />
        ) : null}

        <DisclosuresBlock disclosures={disclosures} />

        <div className="yz-guide-body">
          <Section id="basis" title={t('section.basis')}>
            <Text value={g.legalBasis} />
          </Section>
          <Section id="conditions" title={t('section.conditions')}>
            <Text value={g.conditions} />
          </Section>
          <Section id="materials" title={t('section.materials')} className="yz-wide">
            <MaterialsTable materials={g.materials} />
          </Section>
          <Section id="procedure" title={t('section.procedure')} className="yz-wide">
            <Flowchart steps={g.steps} />
          </Section>
          {/* time limit and fees repeat the disclosures word for word: print leaves them out (yz-print-dup) */}
          {feeLines && (
            <Section id="fee" title={t('section.fee')} className="yz-wide yz-print-dup">
              <FeeCatalogTable catalog={feeLines} />
            </Section>
          )}
          <div className="yz-guide-pairs">
            <Section id="time" title={t('section.time')} className="yz-print-dup">
              <Facts
                rows={[
                  { label: t('time.promised'), value: promisedText(t, g.kind, g.promisedDays) },
                  { label: t('time.statutory'), value: statutoryText(t, g.statutoryDays) },
                ]}
              />
            </Section>
            {!feeLines && (
              <Section id="fee" title={t('section.fee')} className="yz-print-dup">
                <Facts
                  rows={[
                    { label: t('fee.standard'), value: feeFree ? t('fee.free') : g.feeStandard || t('none') },
                    { label: t('fee.basis'), value: g.feeBasis || (feeFree ? t('fee.freeBasis') : t('none')) },
                  ]}
                />
              </Section>
            )}
            <Section id="way" title={t('section.way')}>
              <Facts
                rows={[
                  { label: t('way.visits'), value: visitsText(t, g.visits) },
                  { label: t('way.online'), value: <OnlineText online={g.online} url={g.onlineUrl} /> },
                  {
                    label: t('way.handledAt'),
                    value: g.handledAt === 'hall' ? t('way.inHall') : t('way.inDepartment'),
                  },
                  ...(g.kind === 'reported' && g.reportTo ? [{ label: t('way.reportTo'), value: g.reportTo }] : []),
                ]}
              />
            </Section>
            <Section id="contact" title={t('section.contact')}>
              <Facts
                rows={[
                  { label: t('contact.location'), value: g.location || t('none') },
                  { label: t('contact.hours'), value: g.hours || t('none') },
                  { label: t('contact.phone'), value: <PhoneLink phone={g.phone} /> },
                  { label: t('contact.complaint'), value: <PhoneLink phone={g.complaintPhone} /> },
                  { label: t('contact.responsible'), value: g.responsiblePerson || t('none') },
                ]}
              />
            </Section>
            <Section id="result" title={t('section.result')}>
              <Text value={g.result} />
            </Section>
          </div>
          <Section id="special" title={t('section.special')} className="yz-wide">
            <SpecialProceduresTable procedures={g.specialProcedures} />
          </Section>
          <Section id="versions" title={t('section.versions')} className="yz-wide no-print">
            {versions && versions.length > 0 ? (
              <ol className="yz-versions" reversed>
                {[...versions]
                  .sort((a, b) => b.version - a.version)
                  .map((v) => (
                    <li key={v.version}>
                      {v.version === g.version ? (
                        <span aria-current="page">
                          {t('guide.versionShort', { v: v.version })}（{dateOf(v.publishedAt)}）
                          <strong className="yz-viewing">{t('guide.viewing')}</strong>
                        </span>
                      ) : (
                        <Link to={v.version === latest ? itemPath : `${itemPath}/v/${v.version}`}>
                          {t('guide.versionShort', { v: v.version })}（{dateOf(v.publishedAt)}）
                        </Link>
                      )}
                      {v.version === latest ? <Tag className="yz-current-tag">{t('guide.current')}</Tag> : null}
                    </li>
                  ))}
              </ol>
            ) : (
              <p className="yz-muted">{versions ? t('none') : t('loading')}</p>
            )}
          </Section>
        </div>
        <p className="yz-print-only yz-print-foot">
          {t('guide.printFoot', { v: g.version, date: dateOf(g.publishedAt) })}
        </p>
      </article>
    </>
  );
}

/** `/items/:itemId` and `/items/:itemId/v/:version`. */
export function ItemGuidePage() {
  const { itemId = '', version } = useParams();
  const base = `/api/v1/public/items/${encodeURIComponent(itemId)}`;
  const guide = usePublicGet<PublishedGuideView>(version ? `${base}/versions/${encodeURIComponent(version)}` : base);
  const versions = usePublicGet<PublicVersion[]>(`${base}/versions`);
  // the current fee standard 收费目录; until it arrives (or when it fails) the guide's own fee text shows
  const fees = usePublicGet<PublicFees>(`${base}/fees`);
  useSetCurrentHall(guide.data?.hallId);
  useDocumentTitle(guide.data?.name);
  if (guide.error) return <ErrorState problem={guide.error} onRetry={guide.retry} />;
  if (!guide.data) return <Loading />;
  const latest = versions.data?.reduce((max, v) => Math.max(max, v.version), 0);
  const isHistory = version !== undefined && (latest === undefined || guide.data.version < latest);
  return <GuideView guide={guide.data} versions={versions.data} isHistory={isHistory} fees={fees.data} />;
}
