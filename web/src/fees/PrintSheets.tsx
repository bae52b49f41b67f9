import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { fenToChineseCapital } from '../../../src/domain/fee-money';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { LinkButton } from '../cases/lib/LinkButton';
import { casePath } from '../cases/lib/paths';
import { beijingTime, feePaths, money, useFeesT } from './lib';
import { lineStandard } from './NoticeParts';
import type { FeeNotice, Receipt } from './types';
import './fees.css';

/** The hall's name for a printed sheet (the session lists the halls the user may see). */
function useHallName(hallId: string | undefined): string {
  const { me, halls } = useSession();
  return halls.find((h) => h.id === hallId)?.name ?? me.hallName;
}

function PrintFrame(props: {
  back: string;
  title: string | null;
  error: unknown;
  reload: () => void;
  children: ReactNode;
}) {
  const t = useFeesT();
  useEffect(() => {
    if (!props.title) return;
    const before = document.title;
    document.title = props.title;
    return () => {
      document.title = before;
    };
  }, [props.title]);
  return (
    <div className="yz-fee-print">
      <div className="yz-fee-print-toolbar no-print">
        <Space wrap>
          <LinkButton to={props.back} icon={<ArrowLeftOutlined />}>
            {t('common.back')}
          </LinkButton>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!props.title} onClick={() => window.print()}>
            {t('common.print')}
          </Button>
        </Space>
      </div>
      {props.error ? (
        <LoadError error={props.error} onRetry={props.reload} />
      ) : props.title ? (
        props.children
      ) : (
        <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />
      )}
    </div>
  );
}

/** The lines as printed: name, standard, quantity, amount, waived, due. */
function PrintedLines({ n }: { n: FeeNotice }) {
  const t = useFeesT();
  return (
    <table className="yz-fee-sheet-table">
      <thead>
        <tr>
          <th>{t('line.name')}</th>
          <th>{t('line.standard')}</th>
          <th>{t('line.quantity')}</th>
          <th>{t('line.amount')}</th>
          <th>{t('line.waived')}</th>
          <th>{t('line.net')}</th>
        </tr>
      </thead>
      <tbody>
        {n.lines.map((l) => (
          <tr key={l.id}>
            <td>
              {l.name}
              <div className="yz-fee-sheet-basis">
                {l.categoryLabel}；{t('line.basis')}：{l.basis}
              </div>
            </td>
            <td>{lineStandard(l)}</td>
            <td className="num">{l.mode === 'fixed' ? 1 : `${l.quantity}${l.unitName}`}</td>
            <td className="num">{money(l.amountFen)}</td>
            <td className="num">{l.waivedFen > 0 ? `-${money(l.waivedFen)}` : ''}</td>
            <td className="num">{money(l.netFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 收费票据 /desk/fees/payments/:id/receipt: what was paid, in figures and in capital numerals. */
export function ReceiptPage() {
  const { id = '' } = useParams();
  const t = useFeesT();
  const r = useLoad<Receipt>(`/api/v1/fee-payments/${encodeURIComponent(id)}`);
  const hallName = useHallName(r.data?.notice.hallId);
  const p = r.data?.payment;
  const n = r.data?.notice;
  const waivers = n?.waivers.filter((w) => w.status === 'approved') ?? [];
  return (
    <PrintFrame
      back={feePaths.cashier}
      title={p ? `${t('receipt.title')} ${p.receiptNo}` : null}
      error={r.error}
      reload={r.reload}
    >
      {p && n && (
        <article className="yz-fee-sheet" data-testid="receipt">
          <header className="yz-fee-sheet-head">
            <div className="yz-fee-sheet-hall">{hallName}</div>
            <h1>{t('receipt.title')}</h1>
            <div className="yz-fee-sheet-no">
              {t('receipt.no')}：<span data-testid="receipt-no">{p.receiptNo}</span>
            </div>
          </header>
          <table className="yz-fee-sheet-facts">
            <tbody>
              <tr>
                <th>{t('notice.number')}</th>
                <td>{n.number}</td>
                <th>{t('notice.case')}</th>
                <td>{n.caseNumber}</td>
              </tr>
              <tr>
                <th>{t('notice.payer')}</th>
                <td>{n.payerName}</td>
                <th>{t('notice.item')}</th>
                <td>{n.itemName}</td>
              </tr>
            </tbody>
          </table>
          <PrintedLines n={n} />
          <table className="yz-fee-sheet-facts">
            <tbody>
              <tr>
                <th>{t('receipt.totalFigures')}</th>
                <td data-testid="receipt-total">{money(p.amountFen)}</td>
                <th>{t('receipt.totalWords')}</th>
                <td data-testid="receipt-words">{fenToChineseCapital(p.amountFen)}</td>
              </tr>
              {waivers.map((w) => (
                <tr key={w.id}>
                  <th>{t('receipt.waiver', { doc: w.documentNo ?? '' })}</th>
                  <td colSpan={3}>
                    {w.lineName} -{w.amountText}（{w.approverName}）
                  </td>
                </tr>
              ))}
              <tr>
                <th>{t('cashier.method')}</th>
                <td>{p.methodLabel}</td>
                <th>{t('receipt.cashier')}</th>
                <td>{p.cashierName}</td>
              </tr>
              <tr>
                <th>{t('receipt.time')}</th>
                <td colSpan={3}>{beijingTime(p.paidAt)}</td>
              </tr>
            </tbody>
          </table>
          <div className="yz-fee-sheet-seal">{t('receipt.seal')}</div>
        </article>
      )}
    </PrintFrame>
  );
}

/** 缴费通知单 /desk/fees/notices/:id/print: the notice the applicant takes to the fee window. */
export function NoticePrintPage() {
  const { id = '' } = useParams();
  const t = useFeesT();
  const r = useLoad<FeeNotice>(`/api/v1/fee-notices/${encodeURIComponent(id)}`);
  const n = r.data;
  const hallName = useHallName(n?.hallId);
  return (
    <PrintFrame
      back={n ? casePath(n.caseId) : feePaths.notices}
      title={n ? `${t('notice.title')} ${n.number}` : null}
      error={r.error}
      reload={r.reload}
    >
      {n && (
        <article className="yz-fee-sheet" data-testid="notice-sheet">
          <header className="yz-fee-sheet-head">
            <div className="yz-fee-sheet-hall">{hallName}</div>
            <h1>{t('notice.title')}</h1>
            <div className="yz-fee-sheet-no">
              {t('notice.number')}：{n.number}
            </div>
          </header>
          <table className="yz-fee-sheet-facts">
            <tbody>
              <tr>
                <th>{t('notice.payer')}</th>
                <td>{n.payerName}</td>
                <th>{t('notice.case')}</th>
                <td>{n.caseNumber}</td>
              </tr>
              <tr>
                <th>{t('notice.item')}</th>
                <td>{n.itemName}</td>
                <th>{t('notice.department')}</th>
                <td>{n.departmentName}</td>
              </tr>
            </tbody>
          </table>
          <PrintedLines n={n} />
          <table className="yz-fee-sheet-facts">
            <tbody>
              <tr>
                <th>{t('notice.due')}</th>
                <td>{money(n.dueFen)}</td>
                <th>{t('receipt.totalWords')}</th>
                <td>{fenToChineseCapital(n.dueFen)}</td>
              </tr>
              <tr>
                <th>{t('notice.status')}</th>
                <td>{t(`status.${n.status}`)}</td>
                <th>{t('notice.issued')}</th>
                <td>
                  {beijingTime(n.issuedAt)} {n.issuedByName}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="yz-fee-sheet-note">{t('notice.printNote')}</p>
        </article>
      )}
    </PrintFrame>
  );
}
