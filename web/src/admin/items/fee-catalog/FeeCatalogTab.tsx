import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, put } from '../../../shared/api';
import { LoadError } from '../../lib/Page';
import { problemText } from '../../lib/problem';
import { useSession } from '../../lib/session';
import { useAdminT } from '../../lib/use-admin';
import { useLoad } from '../../lib/use-load';
import { type DraftLine, draftOf, emptyDraft, fieldOfServerPath, inputOf, MAX_LINES } from './catalog-form';
import { FeeLineFields } from './FeeLineFields';
import { FeeVersions } from './FeeVersions';
import type { FeeCatalogView, ItemFees } from './types';

interface Dept {
  id: string;
  name: string;
}

/** Tab 收费目录 of the item editor: the structured fee catalog, saved as a new version each time. */
export function FeeCatalogTab(props: { itemId: string | null; departments: Dept[]; itemDepartmentId: string }) {
  const t = useAdminT();
  const { can } = useSession();
  const fees = useLoad<ItemFees>(props.itemId ? `/api/v1/items/${props.itemId}/fees` : null);
  if (!props.itemId) return <Alert type="info" showIcon title={t('fc.saveItemFirst')} />;
  if (fees.error !== undefined) return <LoadError error={fees.error} onRetry={fees.reload} />;
  if (!fees.data) return <Spin style={{ display: 'block', margin: 24 }} />;
  const current = fees.data.current;
  return (
    <div className="yz-fee-catalog">
      <Typography.Paragraph type="secondary">{t('fc.intro')}</Typography.Paragraph>
      <CatalogEditor
        key={current?.version ?? 0}
        itemId={props.itemId}
        current={current}
        departments={props.departments}
        itemDepartmentId={props.itemDepartmentId}
        editable={can('fee.catalog')}
        onSaved={fees.reload}
        onReload={fees.reload}
      />
      <FeeVersions itemId={props.itemId} versions={fees.data.versions} />
    </div>
  );
}

interface Values {
  note: string;
  lines: DraftLine[];
}
type Banner = { kind: 'conflict' | 'error'; text: string } | null;

function CatalogEditor(props: {
  itemId: string;
  current: FeeCatalogView | null;
  departments: Dept[];
  itemDepartmentId: string;
  editable: boolean;
  onSaved: () => void;
  onReload: () => void;
}) {
  const t = useAdminT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<Banner>(null);
  const { current } = props;
  const initial: Values = { note: '', lines: current?.lines.map(draftOf) ?? [] };
  const count = (Form.useWatch('lines', form) as DraftLine[] | undefined)?.length ?? initial.lines.length;

  const failed = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
      setBanner({ kind: 'conflict', text: problemText(e) });
      return;
    }
    if (e instanceof ApiError && e.problem.errors?.length) {
      const fields = e.problem.errors.flatMap((x) => {
        const name = fieldOfServerPath(x.path);
        return name ? [{ name, errors: [x.message] }] : [];
      });
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
    }
    setBanner({ kind: 'error', text: problemText(e, t('common.networkError')) });
  };

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      setBanner({ kind: 'error', text: t('fc.fixErrors') });
      return;
    }
    const values = form.getFieldsValue(true) as Values;
    setBanner(null);
    setBusy(true);
    try {
      const saved = await put<FeeCatalogView>(`/api/v1/items/${props.itemId}/fees`, {
        baseVersion: current?.version ?? 0,
        note: (values.note ?? '').trim(),
        lines: values.lines.map(inputOf),
      });
      void message.success(t('fc.saved', { version: saved.version }));
      setDirty(false);
      props.onSaved();
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {current ? <Tag color="green">{t('fc.current', { version: current.version })}</Tag> : null}
        {dirty && <Tag color="orange">{t('item.unsaved')}</Tag>}
      </Space>
      {!current && <Alert type="info" showIcon title={t('fc.none')} style={{ marginBottom: 12 }} />}
      {current && current.lines.length === 0 && (
        <Alert type="info" showIcon title={t('fc.free')} style={{ marginBottom: 12 }} />
      )}
      {banner && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={banner.kind === 'conflict' ? t('fc.conflict') : t('fc.saveFailed')}
          description={banner.kind === 'conflict' ? `${banner.text} ${t('fc.conflictHint')}` : banner.text}
          action={
            banner.kind === 'conflict' ? (
              <Button danger onClick={props.onReload}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {/* component={false}: this form lives inside the guide's <form> and must not nest another one */}
      <Form<Values>
        form={form}
        component={false}
        layout="vertical"
        disabled={!props.editable}
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
      >
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <FeeLineFields
                  key={f.key}
                  name={f.name}
                  form={form}
                  departments={props.departments}
                  editable={props.editable}
                  onRemove={() => {
                    remove(f.name);
                    setDirty(true);
                  }}
                />
              ))}
              {props.editable && (
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_LINES}
                  title={fields.length >= MAX_LINES ? t('fc.maxLines') : undefined}
                  onClick={() => {
                    add(emptyDraft(props.itemDepartmentId));
                    setDirty(true);
                  }}
                  style={{ marginBottom: 16 }}
                >
                  {t('fc.addLine')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        {props.editable && (
          <>
            <Form.Item label={t('fc.note')} name="note">
              <Input aria-label={t('fc.note')} maxLength={500} placeholder={t('fc.notePlaceholder')} />
            </Form.Item>
            <Space>
              <Button type="primary" loading={busy} disabled={!dirty && current !== null} onClick={() => void save()}>
                {t('fc.save')}
              </Button>
              {dirty && (
                <Button
                  onClick={() => {
                    form.resetFields();
                    setDirty(false);
                    setBanner(null);
                  }}
                >
                  {t('fc.reset')}
                </Button>
              )}
              <Typography.Text type="secondary">{t('fc.count', { n: count })}</Typography.Text>
            </Space>
          </>
        )}
      </Form>
    </>
  );
}
