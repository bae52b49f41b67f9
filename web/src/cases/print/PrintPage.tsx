import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useLoad } from '../../admin/lib/use-load';
import { longDate } from '../lib/dates';
import { LinkButton } from '../lib/LinkButton';
import { casePath } from '../lib/paths';
import { useCasesT } from '../lib/use-cases';
import {
  DEFAULT_REMEDY,
  materialStateText,
  materialsToSupplement,
  type NoticeDocument,
  needsRemedy,
  noticeParagraphs,
  noticeTitle,
  promisedDateOf,
} from './notice';
import './print.css';

/** The document as the API returns it: the frozen content itself, or wrapped as `{id, kind, number, content}`. */
export function noticeOf(body: NoticeDocument | WrappedDocument): NoticeDocument {
  if (!isWrapped(body)) return body;
  const content = typeof body.content === 'string' ? (JSON.parse(body.content) as NoticeDocument) : body.content;
  return { ...content, kind: content.kind ?? body.kind ?? '' };
}

interface WrappedDocument {
  id: string;
  kind?: string;
  content: NoticeDocument | string;
}
function isWrapped(b: NoticeDocument | WrappedDocument): b is WrappedDocument {
  return typeof b.content === 'string' || (typeof b.content === 'object' && b.content !== null);
}

/** 打印文书 /desk/cases/:id/documents/:docId/print: an A4 notice as frozen when issued, with a print button. */
export function PrintPage() {
  const { id = '', docId = '' } = useParams();
  const t = useCasesT();
  const doc = useLoad<NoticeDocument | WrappedDocument>(
    `/api/v1/cases/${encodeURIComponent(id)}/documents/${encodeURIComponent(docId)}`,
  );
  const d = doc.data ? noticeOf(doc.data) : undefined;

  useEffect(() => {
    if (!d) return;
    const before = document.title;
    document.title = `${noticeTitle(d)} ${d.number}`;
    return () => {
      document.title = before;
    };
  }, [d]);

  return (
    <div className="yz-print-page">
      <div className="yz-print-toolbar no-print">
        <Space wrap>
          <LinkButton to={casePath(id)} icon={<ArrowLeftOutlined />}>
            {t('print.back')}
          </LinkButton>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!d} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
          <span className="yz-muted">{t('print.hint')}</span>
        </Space>
      </div>
      {doc.error ? (
        <LoadError error={doc.error} onRetry={doc.reload} />
      ) : !d ? (
        <Spin size="large" style={{ display: 'block', margin: '15vh auto' }} />
      ) : (
        <NoticeSheet d={d} />
      )}
    </div>
  );
}

/** One A4 sheet of the notice, in the legal Chinese wording. */
export function NoticeSheet({ d }: { d: NoticeDocument }) {
  const toSupplement = d.kind === 'one_time' ? materialsToSupplement(d) : [];
  const due = promisedDateOf(d);
  const a = d.applicant;
  return (
    <article className="yz-a4" lang="zh-CN" aria-label={noticeTitle(d)} data-testid="notice-sheet">
      <header className="yz-a4-head">
        <div className="yz-a4-hall">{d.hallName}</div>
        <h1 className="yz-a4-title">{noticeTitle(d)}</h1>
        <div className="yz-a4-number">{d.number}</div>
      </header>

      <p className="yz-a4-to">{a.name}：</p>
      {noticeParagraphs(d).map((p) => (
        <p key={p} className="yz-a4-p">
          {p}
        </p>
      ))}

      {d.kind === 'one_time' && (
        <table className="yz-a4-table" data-testid="supplement-list">
          <thead>
            <tr>
              <th style={{ width: '3em' }}>序号</th>
              <th>材料名称</th>
              <th style={{ width: '6em' }}>情形</th>
              <th>补正要求</th>
            </tr>
          </thead>
          <tbody>
            {toSupplement.map((m, i) => (
              <tr key={`${m.position ?? i}-${m.name}`}>
                <td>{i + 1}</td>
                <td>{m.name}</td>
                <td>{materialStateText(m.state)}</td>
                <td>{m.note || (m.state === 'missing' ? '请补充提交' : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.kind === 'one_time' && !d.text && (
        <p className="yz-a4-p">
          以上为需要补正的全部内容。请{a.type === 'enterprise' ? '你单位' : '你'}
          补正后一并提交，补正材料齐全之日起计算办理期限。本机关不再另行要求补正其他材料。
        </p>
      )}
      {d.kind === 'acceptance' && (
        <p className="yz-a4-p">
          可凭办件编号及申请时所填证件号码或手机号码后四位，在政务服务网“办件查询”查询办理进度。
        </p>
      )}
      {needsRemedy(d) && <p className="yz-a4-p yz-a4-remedy">{d.remedy || DEFAULT_REMEDY}</p>}

      <table className="yz-a4-facts">
        <tbody>
          <tr>
            <th>申请人</th>
            <td>
              {a.name}
              {a.legalRepresentative ? `（法定代表人：${a.legalRepresentative}）` : ''}
            </td>
            <th>{a.type === 'enterprise' ? '统一社会信用代码' : '身份证件号码'}</th>
            <td className="yz-mono">{a.idNumber}</td>
          </tr>
          <tr>
            <th>申请事项</th>
            <td>{d.itemName}</td>
            <th>办件编号</th>
            <td className="yz-mono">{d.caseNumber}</td>
          </tr>
          <tr>
            <th>收件日期</th>
            <td colSpan={due || d.acceptedOn ? 1 : 3}>{longDate(d.receivedOn)}</td>
            {due ? (
              <>
                <th>承诺办结日期</th>
                <td>{longDate(due)}</td>
              </>
            ) : d.acceptedOn ? (
              <>
                <th>受理日期</th>
                <td>{longDate(d.acceptedOn)}</td>
              </>
            ) : null}
          </tr>
          {d.agentName ? (
            <tr>
              <th>代理人</th>
              <td colSpan={3}>{d.agentName}</td>
            </tr>
          ) : null}
        </tbody>
      </table>

      <footer className="yz-a4-sign">
        <div className="yz-a4-seal">（盖章）</div>
        <div>{d.departmentName ? `${d.departmentName}` : d.hallName}</div>
        <div>{longDate(d.issuedOn)}</div>
      </footer>
      {(d.hallAddress || d.hallPhone) && (
        <div className="yz-a4-contact">
          {d.hallAddress ? `地址：${d.hallAddress}` : ''}
          {d.hallAddress && d.hallPhone ? '　' : ''}
          {d.hallPhone ? `咨询电话：${d.hallPhone}` : ''}
        </div>
      )}
    </article>
  );
}
