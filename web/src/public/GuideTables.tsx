import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../shared/i18n';
import { FORM_KEYS } from './format';
import { messages } from './messages';
import type { PublicMaterial, SpecialProcedure } from './types';

/** 申请材料: name, original/copy, count, required, note, template and sample downloads. */
export function MaterialsTable({ materials }: { materials: PublicMaterial[] }) {
  const t = useT(messages);
  if (materials.length === 0) return <p className="yz-muted">{t('materials.none')}</p>;
  return (
    <div className="yz-table-wrap">
      <table className="yz-table yz-materials">
        <caption className="yz-visually-hidden">{t('section.materials')}</caption>
        <thead>
          <tr>
            <th scope="col" className="yz-col-no">
              {t('col.no')}
            </th>
            <th scope="col">{t('materials.name')}</th>
            <th scope="col">{t('materials.form')}</th>
            <th scope="col" className="yz-col-narrow">
              {t('materials.count')}
            </th>
            <th scope="col" className="yz-col-narrow">
              {t('materials.required')}
            </th>
            <th scope="col">{t('materials.note')}</th>
            <th scope="col" className="no-print">
              {t('materials.download')}
            </th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; names may repeat
            <tr key={`${i}-${m.name}`}>
              <td className="yz-col-no">{i + 1}</td>
              <th scope="row">{m.name}</th>
              <td>{t(FORM_KEYS[m.form])}</td>
              <td className="yz-col-narrow">{m.count}</td>
              <td className="yz-col-narrow">{m.required ? t('yes.required') : t('no.optional')}</td>
              <td>{m.note || '—'}</td>
              <td className="no-print">
                {m.templateUrl || m.sampleUrl ? (
                  <span className="yz-downloads">
                    {m.templateUrl ? (
                      <a href={m.templateUrl} download aria-label={t('materials.templateOf', { name: m.name })}>
                        <DownloadOutlined aria-hidden /> {t('materials.template')}
                      </a>
                    ) : null}
                    {m.sampleUrl ? (
                      <a href={m.sampleUrl} download aria-label={t('materials.sampleOf', { name: m.name })}>
                        <DownloadOutlined aria-hidden /> {t('materials.sample')}
                      </a>
                    ) : null}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 特别程序: name, days, basis, charged, counted in the time limit. */
export function SpecialProceduresTable({ procedures }: { procedures: SpecialProcedure[] }) {
  const t = useT(messages);
  if (procedures.length === 0) return <p className="yz-muted">{t('special.none')}</p>;
  return (
    <div className="yz-table-wrap">
      <table className="yz-table">
        <caption className="yz-visually-hidden">{t('section.special')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('special.name')}</th>
            <th scope="col" className="yz-col-narrow">
              {t('special.days')}
            </th>
            <th scope="col">{t('special.basis')}</th>
            <th scope="col" className="yz-col-narrow">
              {t('special.charged')}
            </th>
            <th scope="col" className="yz-col-narrow">
              {t('special.counted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {procedures.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; names may repeat
            <tr key={`${i}-${p.name}`}>
              <th scope="row">{p.name}</th>
              <td className="yz-col-narrow">{t('time.days', { n: p.days })}</td>
              <td>{p.basis || '—'}</td>
              <td className="yz-col-narrow">{p.charged ? t('yes') : t('no')}</td>
              <td className="yz-col-narrow">{p.countedInLimit ? t('yes') : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
