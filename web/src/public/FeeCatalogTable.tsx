import { useT } from '../shared/i18n';
import { messages } from './messages';
import type { Disclosures, PublicFees } from './types';

/** The catalog to show instead of the guide's own fee text: only a kept catalog (`hasCatalog`). */
export function catalogOf(fees: PublicFees | undefined): PublicFees | undefined {
  return fees?.hasCatalog ? fees : undefined;
}

/**
 * The nine disclosures with 收费标准 and 收费依据 taken from the current fee catalog 收费目录 when one is
 * kept (it is what the window may charge); otherwise the guide's own texts.
 */
export function withCatalogFees(
  disclosures: Disclosures,
  catalog: PublicFees | undefined,
  freeBasis: string,
  guideBasis: string,
): Disclosures {
  if (!catalog) return disclosures;
  if (catalog.feeFree) {
    return { ...disclosures, feeStandard: catalog.standardText, feeBasis: guideBasis || freeBasis };
  }
  return { ...disclosures, feeStandard: catalog.standardText, feeBasis: catalog.basisText };
}

/** 收费目录: each fee line with its category, standard, basis, receiving unit and waiver rules. */
export function FeeCatalogTable({ catalog }: { catalog: PublicFees }) {
  const t = useT(messages);
  return (
    <div className="yz-table-wrap">
      <table className="yz-table yz-fees">
        <caption className="yz-visually-hidden">{t('fee.catalog')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fee.col.name')}</th>
            <th scope="col">{t('fee.col.category')}</th>
            <th scope="col">{t('fee.standard')}</th>
            <th scope="col">{t('fee.basis')}</th>
            <th scope="col">{t('fee.col.department')}</th>
            <th scope="col">{t('fee.col.waiver')}</th>
          </tr>
        </thead>
        <tbody>
          {catalog.lines.map((l) => (
            <tr key={l.code}>
              <th scope="row">{l.name}</th>
              <td className="yz-fee-category">{l.categoryLabel}</td>
              <td className="yz-fee-standard">{l.standardText}</td>
              <td>{l.basis}</td>
              <td>{l.receivingDepartmentName}</td>
              <td>
                {l.waivable ? (
                  <>
                    {l.waiverRules || t('fee.waivable')}
                    {l.waiverBasis ? <span className="yz-muted">（{l.waiverBasis}）</span> : null}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="yz-muted yz-fee-note">{t('fee.catalogNote', { v: catalog.version ?? '' })}</p>
    </div>
  );
}
