import { DeleteOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Form,
  type FormInstance,
  type FormRule,
  Input,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { FEE_CATEGORIES, type FeeMode, standardText } from '../../../../../src/domain/fee-rules';
import { useAdminT } from '../../lib/use-admin';
import { type DraftField, type DraftLine, inputOf, lineProblems } from './catalog-form';

/** The standard as the public will read it, when the line's money fields are valid. */
function previewOf(d: DraftLine | undefined): string | null {
  if (!d) return null;
  try {
    return standardText(inputOf(d));
  } catch {
    return null;
  }
}

/** One fee line of the catalog form (inside Form.List "lines"): every field checked by lineProblems. */
export function FeeLineFields(props: {
  name: number;
  form: FormInstance;
  departments: { id: string; name: string }[];
  onRemove: () => void;
  editable: boolean;
}) {
  const t = useAdminT();
  const { name, form } = props;
  const mode = Form.useWatch(['lines', name, 'mode'], form) as FeeMode | undefined;
  const waivable = Form.useWatch(['lines', name, 'waivable'], form) as boolean | undefined;
  const line = Form.useWatch(['lines', name], form) as DraftLine | undefined;
  const preview = previewOf(line);
  const n = name + 1;

  /** A rule that asks the shared checker about this field of this line. */
  const check =
    (field: DraftField): FormRule =>
    ({ getFieldValue }) => ({
      validator: () => {
        const all = (getFieldValue('lines') ?? []) as DraftLine[];
        const d = all[name];
        const problem = d ? lineProblems(d, name, all)[field] : undefined;
        return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
      },
    });

  return (
    <Card
      size="small"
      className="yz-fee-line"
      title={t('fc.line', { n })}
      style={{ marginBottom: 12 }}
      extra={
        <span>
          {preview && (
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>
              {t('fc.standard')}：{preview}
            </Typography.Text>
          )}
          {props.editable && (
            <Button
              size="small"
              danger
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('fc.removeLine', { n })}
              onClick={props.onRemove}
            />
          )}
        </span>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item label={t('fc.code')} name={[name, 'code']} tooltip={t('fc.codeHint')} rules={[check('code')]}>
            <Input aria-label={`${t('fc.code')} ${n}`} maxLength={12} placeholder={`F${String(n).padStart(2, '0')}`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          <Form.Item label={t('fc.name')} name={[name, 'name']} required rules={[check('name')]}>
            <Input aria-label={`${t('fc.name')} ${n}`} maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item label={t('fc.category')} name={[name, 'category']} required>
            <Radio.Group
              aria-label={`${t('fc.category')} ${n}`}
              options={FEE_CATEGORIES.map((c) => ({ value: c, label: t(`fc.category.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label={t('fc.mode')} name={[name, 'mode']} required>
            <Radio.Group
              aria-label={`${t('fc.mode')} ${n}`}
              optionType="button"
              options={(['fixed', 'per_unit'] as const).map((m) => ({ value: m, label: t(`fc.mode.${m}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {mode === 'per_unit' ? (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label={t('fc.unitPrice')} name={[name, 'unitPrice']} required rules={[check('unitPrice')]}>
              <Input aria-label={`${t('fc.unitPrice')} ${n}`} prefix="¥" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('fc.unitName')} name={[name, 'unitName']} required rules={[check('unitName')]}>
              <Input aria-label={`${t('fc.unitName')} ${n}`} placeholder={t('fc.unitNameHint')} maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              label={t('fc.cap')}
              name={[name, 'cap']}
              dependencies={[['lines', name, 'unitPrice']]}
              rules={[check('cap')]}
            >
              <Input aria-label={`${t('fc.cap')} ${n}`} prefix="¥" inputMode="decimal" />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item label={t('fc.amount')} name={[name, 'amount']} required rules={[check('amount')]}>
          <Input aria-label={`${t('fc.amount')} ${n}`} prefix="¥" inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
      )}
      <Form.Item
        label={t('fc.basis')}
        name={[name, 'basis']}
        required
        tooltip={t('fc.basisHint')}
        rules={[check('basis')]}
      >
        <Input.TextArea aria-label={`${t('fc.basis')} ${n}`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('fc.department')}
            name={[name, 'receivingDepartmentId']}
            required
            rules={[check('receivingDepartmentId')]}
          >
            <Select
              aria-label={`${t('fc.department')} ${n}`}
              showSearch={{ optionFilterProp: 'label' }}
              options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('fc.waivable')} name={[name, 'waivable']} valuePropName="checked">
            <Switch
              aria-label={`${t('fc.waivable')} ${n}`}
              checkedChildren={t('common.yes')}
              unCheckedChildren={t('common.no')}
            />
          </Form.Item>
        </Col>
      </Row>
      {waivable && (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label={t('fc.waiverRules')} name={[name, 'waiverRules']} rules={[check('waiverRules')]}>
              <Input.TextArea aria-label={`${t('fc.waiverRules')} ${n}`} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('fc.waiverBasis')} name={[name, 'waiverBasis']} rules={[check('waiverBasis')]}>
              <Input.TextArea aria-label={`${t('fc.waiverBasis')} ${n}`} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}
