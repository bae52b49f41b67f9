import { Alert, Form, Input, Switch } from 'antd';
import { useAdminT } from '../../lib/use-admin';

/** 收费: free or not, the fee standard and its legal basis (two of the nine disclosures). */
export function FeeTab() {
  const t = useAdminT();
  const form = Form.useFormInstance();
  const feeFree = Form.useWatch('feeFree', form) as boolean | undefined;
  return (
    <>
      <Form.Item label={t('f.feeFree')} name="feeFree" valuePropName="checked">
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      {feeFree && <Alert type="info" showIcon title={t('f.feeFreeHint')} style={{ marginBottom: 16 }} />}
      <Form.Item
        label={t('f.feeStandard')}
        name="feeStandard"
        rules={[{ required: !feeFree, whitespace: true, max: 4000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label={t('f.feeBasis')} name="feeBasis" rules={[{ max: 4000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </>
  );
}
