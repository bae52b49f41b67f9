import { Col, Form, Input, Radio, Row } from 'antd';
import { useCasesT } from '../lib/use-cases';
import type { ApplicantType } from '../types';
import { checkIdentifier, isPhone } from './applicant-rules';

export interface ApplicantValues {
  type: ApplicantType;
  name: string;
  idNumber: string;
  legalRepresentative?: string;
  phone: string;
  agentName?: string;
}

/**
 * The applicant 申请人 inside the receive form: a person (name + ID number, GB 11643) or an enterprise
 * (name + unified social credit code, GB 32100, + legal representative); phone; optional agent 代理人.
 * A bad ID number or a malformed credit code blocks; a credit code with a bad check digit only warns.
 */
export function ApplicantFields({ disabled }: { disabled?: boolean }) {
  const t = useCasesT();
  const form = Form.useFormInstance<ApplicantValues>();
  const type = Form.useWatch('type', form) ?? 'person';
  const idNumber = Form.useWatch('idNumber', form) ?? '';
  const check = idNumber.trim() ? checkIdentifier(type, idNumber) : null;
  const warning = check?.level === 'warning' ? t(check.key) : null;

  return (
    <>
      <Form.Item name="type" label={t('applicant.type')} initialValue="person">
        <Radio.Group
          disabled={disabled}
          optionType="button"
          options={[
            { value: 'person', label: t('applicant.person') },
            { value: 'enterprise', label: t('applicant.enterprise') },
          ]}
          onChange={() => form.setFields([{ name: 'idNumber', errors: [] }])}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={type === 'person' ? t('applicant.personName') : t('applicant.enterpriseName')}
            rules={[{ required: true, whitespace: true, message: t('applicant.nameRequired') }]}
          >
            <Input disabled={disabled} maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label={type === 'person' ? t('applicant.idNumber') : t('applicant.creditCode')}
            required
            validateFirst
            dependencies={['type']}
            validateStatus={warning ? 'warning' : undefined}
            help={warning ?? undefined}
            rules={[
              {
                validator: async (_r, v: string | undefined) => {
                  const c = checkIdentifier(form.getFieldValue('type') ?? 'person', v ?? '');
                  if (c.level === 'error') throw new Error(t(c.key));
                },
              },
            ]}
          >
            <Input
              disabled={disabled}
              maxLength={18}
              autoComplete="off"
              className="yz-mono"
              placeholder={type === 'person' ? t('applicant.idPlaceholder') : t('applicant.codePlaceholder')}
            />
          </Form.Item>
        </Col>
        {type === 'enterprise' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="legalRepresentative"
              label={t('applicant.legalRepresentative')}
              rules={[{ required: true, whitespace: true, message: t('applicant.legalRequired') }]}
            >
              <Input disabled={disabled} maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('applicant.phone')}
            rules={[
              { required: true, message: t('applicant.phoneRequired') },
              {
                validator: async (_r, v: string | undefined) => {
                  if (v && !isPhone(v)) throw new Error(t('applicant.phoneInvalid'));
                },
              },
            ]}
          >
            <Input disabled={disabled} maxLength={20} autoComplete="off" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="agentName" label={t('applicant.agent')} extra={t('applicant.agentHint')}>
            <Input disabled={disabled} maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
