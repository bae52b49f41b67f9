import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Row, Space, Spin, Tabs, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { type DisclosureKey, disclosuresOf, type ItemGuide, missingDisclosures } from '../../../../src/domain/guide';
import { ApiError, post, put } from '../../shared/api';
import { LoadError, Page } from '../lib/Page';
import { problemText } from '../lib/problem';
import { useSession } from '../lib/session';
import { useAdminT, useShowProblem } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { Department, ItemDetail, ItemVersion } from '../types';
import { CompletenessPanel } from './CompletenessPanel';
import { FeeCatalogTab } from './fee-catalog/FeeCatalogTab';
import { emptyGuide, fieldOfPath, guideFromForm, tabOfField } from './guide-form';
import { ItemStatusTag } from './status-tags';
import { BasicTab } from './tabs/BasicTab';
import { FeeTab } from './tabs/FeeTab';
import { MaterialsTab } from './tabs/MaterialsTab';
import { PublicInfoTab } from './tabs/PublicInfoTab';
import { SpecialTab } from './tabs/SpecialTab';
import { StepsTab } from './tabs/StepsTab';
import { VersionList } from './VersionList';

/** Route `/admin/items/:id` (`new` for a new item): a fresh editor per item. */
export default function ItemEditorPage() {
  const { id = 'new' } = useParams();
  return <ItemEditorLoader key={id} id={id === 'new' ? null : id} />;
}

function ItemEditorLoader({ id }: { id: string | null }) {
  const detail = useLoad<ItemDetail>(id ? `/api/v1/items/${id}` : null);
  if (id && detail.error !== undefined)
    return (
      <Page title={<BackLink />}>
        <LoadError error={detail.error} onRetry={detail.reload} />
      </Page>
    );
  if (id && !detail.data) return <Spin style={{ margin: 48 }} />;
  return <ItemEditor detail={detail.data ?? null} setDetail={detail.setData} reload={detail.reload} />;
}

function BackLink() {
  const t = useAdminT();
  return (
    <Link to="/admin/items" style={{ fontSize: 14, fontWeight: 'normal' }}>
      <ArrowLeftOutlined /> {t('item.back')}
    </Link>
  );
}

interface Banner {
  kind: 'conflict' | 'save' | 'publish' | 'incomplete';
  text: string;
}

/** The guide editor 办事指南编辑: every ItemGuide field on six tabs, the 九公开 panel, save, publish, versions. */
function ItemEditor(props: { detail: ItemDetail | null; setDetail: (d: ItemDetail) => void; reload: () => void }) {
  const t = useAdminT();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const { hallId: currentHallId, can } = useSession();
  const { detail } = props;
  const hallId = detail?.hallId ?? currentHallId;
  const depts = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments` : null);
  const versions = useLoad<ItemVersion[]>(detail ? `/api/v1/items/${detail.id}/versions` : null);
  const [form] = Form.useForm<ItemGuide>();
  const [tab, setTab] = useState('basic');
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [publishMissing, setPublishMissing] = useState<DisclosureKey[] | null>(null);
  const manage = can('catalog.manage');
  const { message } = App.useApp();
  const showSuccess = (text: string) => void message.success(text);

  // a new item starts in the hall's first department once the list has arrived
  const firstDept = depts.data?.[0]?.id;
  useEffect(() => {
    if (!detail && firstDept && !form.getFieldValue('departmentId')) form.setFieldValue('departmentId', firstDept);
  }, [detail, firstDept, form]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Validate the form and return the guide, or null (and open the tab of the first error). */
  const collect = async (): Promise<ItemGuide | null> => {
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) setTab(tabOfField(String(first.name[0])));
      setBanner({ kind: 'save', text: t('item.fixErrors') });
      return null;
    }
    return guideFromForm(form.getFieldsValue(true) as Partial<ItemGuide>);
  };

  const failSave = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
      setBanner({ kind: 'conflict', text: problemText(e) });
      return;
    }
    if (e instanceof ApiError && e.problem.errors?.length) {
      const fields = e.problem.errors.map((x) => ({ name: fieldOfPath(x.path), errors: [x.message] }));
      form.setFields(fields.filter((f) => f.name.length > 0) as Parameters<typeof form.setFields>[0]);
      const first = fields.find((f) => f.name.length > 0);
      if (first) setTab(tabOfField(String(first.name[0])));
    }
    setBanner({ kind: 'save', text: problemText(e, t('common.networkError')) });
  };

  const save = async (): Promise<ItemDetail | null> => {
    const guide = await collect();
    if (!guide) return null;
    setBanner(null);
    setBusy('save');
    try {
      if (!detail) {
        const created = await post<ItemDetail>(`/api/v1/halls/${hallId}/items`, guide);
        setDirty(false);
        showSuccess(t('item.created'));
        navigate(`/admin/items/${created.id}`, { replace: true });
        return created;
      }
      const saved = await put<ItemDetail>(`/api/v1/items/${detail.id}`, { guide, rowVersion: detail.rowVersion });
      props.setDetail(saved);
      form.setFieldsValue(saved.guide);
      setDirty(false);
      setPublishMissing(null);
      showSuccess(t('common.saved'));
      return saved;
    } catch (e) {
      failSave(e);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    if (!detail) return;
    const current = dirty ? await save() : detail;
    if (!current) return;
    setBanner(null);
    setBusy('publish');
    try {
      const res = await post<{ version: number; publishedAt: string }>(`/api/v1/items/${current.id}/publish`);
      setPublishMissing(null);
      showSuccess(t('item.published', { version: res.version }));
      props.reload();
      versions.reload();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'GUIDE_INCOMPLETE') {
        setPublishMissing((e.problem.missing ?? []) as DisclosureKey[]);
        setBanner({ kind: 'incomplete', text: problemText(e) });
      } else if (e instanceof ApiError) {
        setBanner({ kind: 'publish', text: problemText(e) });
      } else showProblem(e);
    } finally {
      setBusy(null);
    }
  };

  // While editing, judge the unsaved form with the same rule the server applies on publish.
  const watched = Form.useWatch([], { form, preserve: true }) as Partial<ItemGuide> | undefined;
  const live = dirty || !detail;
  const liveGuide = live && watched ? guideFromForm(watched) : null;
  const deptName = depts.data?.find((d) => d.id === liveGuide?.departmentId)?.name ?? '';
  const missing = liveGuide
    ? missingDisclosures(liveGuide, deptName)
    : (publishMissing ?? detail?.missingDisclosures ?? []);
  const disclosureTexts = liveGuide ? disclosuresOf(liveGuide, deptName) : detail?.disclosures;
  const tabs = [
    { key: 'basic', label: t('tab.basic'), children: <BasicTab departments={depts.data ?? []} /> },
    {
      key: 'materials',
      label: t('tab.materials'),
      children: <MaterialsTab itemId={detail?.id ?? null} files={detail?.files} />,
    },
    { key: 'steps', label: t('tab.steps'), children: <StepsTab /> },
    { key: 'fee', label: t('tab.fee'), children: <FeeTab /> },
    { key: 'special', label: t('tab.special'), children: <SpecialTab /> },
    { key: 'public', label: t('tab.public'), children: <PublicInfoTab /> },
  ].map((x) => ({ ...x, forceRender: true }));
  // the structured fee catalog 收费目录 is saved on its own (new version), not with the guide
  if (can('fee.read') || can('catalog.read')) {
    tabs.splice(4, 0, {
      key: 'feeCatalog',
      label: t('tab.feeCatalog'),
      forceRender: false,
      children: (
        <FeeCatalogTab
          itemId={detail?.id ?? null}
          departments={depts.data ?? []}
          itemDepartmentId={detail?.department.id ?? ''}
        />
      ),
    });
  }

  return (
    <Page
      bare
      title={
        <Space orientation="vertical" size={0}>
          <BackLink />
          <span>{detail ? detail.guide.name || t('item.editTitle') : t('item.newTitle')}</span>
        </Space>
      }
      extra={
        <Space wrap>
          {detail && <ItemStatusTag publishedVersion={detail.publishedVersion} draftDirty={detail.draftDirty} />}
          {dirty && <Tag color="orange">{t('item.unsaved')}</Tag>}
          {manage && (
            <Button
              type={can('catalog.publish') ? 'default' : 'primary'}
              loading={busy === 'save'}
              onClick={() => void save()}
            >
              {t('common.save')}
            </Button>
          )}
          {can('catalog.publish') && (
            <Tooltip title={detail ? undefined : t('f.material.saveFirst')}>
              <Button type="primary" disabled={!detail} loading={busy === 'publish'} onClick={() => void publish()}>
                {t('item.publish')}
              </Button>
            </Tooltip>
          )}
        </Space>
      }
    >
      {banner?.kind === 'conflict' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('item.conflict')}
          description={`${banner.text} ${t('item.conflictHint')}`}
          action={
            <Button danger onClick={props.reload}>
              {t('common.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {banner?.kind === 'incomplete' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('item.incomplete')}
          description={banner.text}
          style={{ marginBottom: 16 }}
        />
      )}
      {(banner?.kind === 'save' || banner?.kind === 'publish') && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={banner.kind === 'save' ? t('item.saveFailed') : t('item.publishFailed')}
          description={banner.text}
          closable={{ onClose: () => setBanner(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      {depts.error !== undefined && <LoadError error={depts.error} onRetry={depts.reload} />}
      <Row gutter={16} align="top">
        <Col xs={24} lg={17}>
          <Card>
            <Form<ItemGuide>
              form={form}
              name="item"
              layout="vertical"
              disabled={!manage}
              initialValues={detail?.guide ?? emptyGuide()}
              onValuesChange={() => setDirty(true)}
              scrollToFirstError
            >
              <Tabs activeKey={tab} onChange={setTab} items={tabs} />
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <div className="yz-sticky">
            <CompletenessPanel missing={missing} disclosures={disclosureTexts} live={!!liveGuide} />
            {detail && <VersionList itemId={detail.id} versions={versions.data ?? []} />}
          </div>
        </Col>
      </Row>
    </Page>
  );
}
