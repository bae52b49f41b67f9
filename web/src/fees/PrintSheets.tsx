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

/** The sheet's heading: hall, title, number on the right. */
function SheetHead(props: { hallName: string; title: string; number: ReactNode }) {
  return (
    <header className="yz-fee-sheet-head">
      <div className="yz-fee-sheet-hall">{props.hallName}</div>
      <h1>{props.title}</h1>
      <div className="yz-fee-sheet-no">{props.number}</div>
    </header>
  );
}

/** Facts two pairs to a row: [label, value, label?, value?]; a lone pair spans the row. */
function Facts({ rows }: { rows: [ReactNode, ReactNode, ReactNode?, ReactNode?][] }) {
  return (
    <table className="yz-fee-sheet-facts">
      <tbody>
        {rows.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed rows of a printed sheet
          <tr key={i}>
            <th>{r[0]}</th>
            <td colSpan={r[2] === undefined ? 3 : 1}>{r[1]}</td>
            {r[2] !== undefined && (
              <>
                <th>{r[2]}</th>
                <td>{r[3]}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
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
          <SheetHead
            hallName={hallName}
            title={t('receipt.title')}
            number={
              <>
                {t('receipt.no')}：<span data-testid="receipt-no">{p.receiptNo}</span>
              </>
            }
          />
          <Facts
            rows={[
              [t('notice.number'), n.number, t('notice.case'), n.caseNumber],
              [t('notice.payer'), n.payerName, t('notice.item'), n.itemName],
            ]}
          />
          <PrintedLines n={n} />
          <Facts
            rows={[
              [
                t('receipt.totalFigures'),
                <span key="total" data-testid="receipt-total">
                  {money(p.amountFen)}
                </span>,
                t('receipt.totalWords'),
                <span key="words" data-testid="receipt-words">
                  {fenToChineseCapital(p.amountFen)}
                </span>,
              ],
              ...waivers.map((w): [string, string] => [
                t('receipt.waiver', { doc: w.documentNo ?? '' }),
                `${w.lineName} -${w.amountText}（${w.approverName ?? ''}）`,
              ]),
              [t('cashier.method'), p.methodLabel, t('receipt.cashier'), p.cashierName],
              [t('receipt.time'), beijingTime(p.paidAt)],
            ]}
          />
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
          <SheetHead hallName={hallName} title={t('notice.title')} number={`${t('notice.number')}：${n.number}`} />
          <Facts
            rows={[
              [t('notice.payer'), n.payerName, t('notice.case'), n.caseNumber],
              [t('notice.item'), n.itemName, t('notice.department'), n.departmentName],
            ]}
          />
          <PrintedLines n={n} />
          <Facts
            rows={[
              [t('notice.due'), money(n.dueFen), t('receipt.totalWords'), fenToChineseCapital(n.dueFen)],
              [
                t('notice.status'),
                t(`status.${n.status}`),
                t('notice.issued'),
                `${beijingTime(n.issuedAt)} ${n.issuedByName}`,
              ],
            ]}
          />
          <p className="yz-fee-sheet-note">{t('notice.printNote')}</p>
        </article>
      )}
    </PrintFrame>
  );
}
