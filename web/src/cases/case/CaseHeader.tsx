import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../admin/lib/session';
import { post } from '../../shared/api';
import { ColourTag, KindTag, StatusTag } from '../lib/tags';
import { useCasesT, useShowProblem } from '../lib/use-cases';
import type { CasePersonal, CaseView } from '../types';

/** The unmasked applicant, whether the server sends it flat or under `applicant`. */
export function personalOf(body: CasePersonal | { applicant: CasePersonal }): CasePersonal {
  return 'applicant' in body ? body.applicant : body;
}

/**
 * Number, item, status, colour and the applicant, masked like every case view. Roles with
 * case.view_personal may reveal the full ID number and phone of this case on purpose
 * (POST /cases/{id}/reveal-personal — each reveal is one audit record personal_data.view) and hide
 * them again; nothing unmasked is kept beyond this page.
 */
export function CaseHeader({ c }: { c: CaseView }) {
  const t = useCasesT();
  const { can } = useSession();
  const showProblem = useShowProblem();
  const [personal, setPersonal] = useState<CasePersonal | null>(null);
  const [loading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      const body = await post<CasePersonal | { applicant: CasePersonal }>(
        `/api/v1/cases/${encodeURIComponent(c.id)}/reveal-personal`,
        {},
      );
      setPersonal(personalOf(body));
    } catch (e) {
      showProblem(e);
    } finally {
      setLoading(false);
    }
  };

  const a = c.applicant;
  return (
    <div className="yz-case-head">
      <div className="yz-case-title">
        <Typography.Title level={4} style={{ margin: 0 }}>
          <span className="yz-mono" data-testid="case-number">
            {c.number}
          </span>
        </Typography.Title>
        <Space size={4} wrap>
          <StatusTag status={c.status} />
          <KindTag kind={c.kind} />
          <ColourTag colour={c.colour} />
          {c.deemedAccepted && <Tag color="magenta">{t('case.deemed')}</Tag>}
          {c.dueProvisional && <Tag color="orange">{t('trail.provisionalTag')}</Tag>}
        </Space>
      </div>
      <div className="yz-case-item">
        {c.itemName} <span className="yz-muted">· {c.departmentName}</span>{' '}
        <span className="yz-muted">{t('receive.versionNo', { n: c.itemVersion })}</span>
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} className="yz-case-facts">
        <Descriptions.Item label={a.type === 'person' ? t('applicant.personName') : t('applicant.enterpriseName')}>
          {personal?.name ?? a.name}
        </Descriptions.Item>
        <Descriptions.Item label={a.type === 'person' ? t('applicant.idNumber') : t('applicant.creditCode')}>
          <span className="yz-mono" data-testid="applicant-id">
            {personal?.idNumber ?? a.idNumber}
          </span>
        </Descriptions.Item>
        {a.type === 'enterprise' && (
          <Descriptions.Item label={t('applicant.legalRepresentative')}>
            {personal?.legalRepresentative ?? a.legalRepresentative}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('applicant.phone')}>
          <span className="yz-mono">{personal?.phone ?? a.phone}</span>
        </Descriptions.Item>
        {c.agentName && <Descriptions.Item label={t('applicant.agent')}>{c.agentName}</Descriptions.Item>}
        {can('case.view_personal') && (
          <Descriptions.Item label={t('case.personal')}>
            {personal ? (
              <Button key="hide" size="small" icon={<EyeInvisibleOutlined />} onClick={() => setPersonal(null)}>
                {t('case.hidePersonal')}
              </Button>
            ) : (
              <Button key="reveal" size="small" icon={<EyeOutlined />} loading={loading} onClick={() => void reveal()}>
                {t('case.viewPersonal')}
              </Button>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      {personal && <div className="yz-muted yz-case-audited">{t('case.personalAudited')}</div>}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} className="yz-case-facts">
        <Descriptions.Item label={t('case.receivedOn')}>{c.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('case.acceptedOn')}>{c.acceptedOn ?? t('case.notYet')}</Descriptions.Item>
        <Descriptions.Item label={t('case.dueOn')}>
          {c.dueOn ? <strong>{c.dueOn}</strong> : t('case.notYet')}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.statutoryDueOn')}>{c.statutoryDueOn ?? t('case.none')}</Descriptions.Item>
        {c.decidedOn && (
          <Descriptions.Item label={t('case.decidedOn')}>
            {c.decidedOn} {c.decision && <Tag>{t(`decision.${c.decision}`)}</Tag>}
          </Descriptions.Item>
        )}
        {c.decisionReason && <Descriptions.Item label={t('case.decisionReason')}>{c.decisionReason}</Descriptions.Item>}
        {c.deliveredOn && (
          <Descriptions.Item label={t('case.deliveredOn')}>
            {c.deliveredOn} {c.deliveryMethod && <Tag>{t(`delivery.${c.deliveryMethod}`)}</Tag>}
          </Descriptions.Item>
        )}
        {c.onTime !== null && (
          <Descriptions.Item label={t('case.onTime')}>
            <Tag color={c.onTime ? 'green' : 'red'}>{c.onTime ? t('case.onTimeYes') : t('case.onTimeNo')}</Tag>
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
