import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Descriptions, Empty, Row, Space, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { Page } from '../lib/Page';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import type { Hall, OpeningDay } from '../types';
import { HallForm } from './HallForm';

function buildTree(halls: Hall[]): DataNode[] {
  const ids = new Set(halls.map((h) => h.id));
  const node = (h: Hall): DataNode => ({
    key: h.id,
    title: h.name,
    children: halls.filter((c) => c.parentId === h.id).map(node),
  });
  return halls.filter((h) => !h.parentId || !ids.has(h.parentId)).map(node);
}

/** The hall tree 大厅树 the admin can see: edit a hall, add a hall below it. */
export default function HallsPage() {
  const t = useAdminT();
  const { message } = App.useApp();
  const { halls, hallId, reloadHalls } = useSession();
  const [picked, setSelected] = useState<string | null>(null);
  const selected = picked ?? hallId;
  const [editing, setEditing] = useState<{ hall: Hall | null; parent: Hall | null } | null>(null);
  const tree = useMemo(() => buildTree(halls), [halls]);
  const hall = halls.find((h) => h.id === selected);

  const hoursText = (d: OpeningDay) => d.sessions.map((s) => `${s.start}–${s.end}`).join('，');

  return (
    <Page title={t('menu.halls')} bare>
      <Row gutter={16}>
        <Col xs={24} md={9}>
          <div className="yz-panel">
            {tree.length > 0 && (
              <Tree
                treeData={tree}
                defaultExpandAll
                selectedKeys={[selected]}
                onSelect={(keys) => keys[0] && setSelected(String(keys[0]))}
                blockNode
              />
            )}
          </div>
        </Col>
        <Col xs={24} md={15}>
          <div className="yz-panel">
            {!hall ? (
              <Empty description={t('hall.selectHint')} />
            ) : (
              <>
                <Space style={{ marginBottom: 16 }} wrap>
                  <Button icon={<EditOutlined />} onClick={() => setEditing({ hall, parent: null })}>
                    {t('common.edit')}
                  </Button>
                  {hall.level !== 'community' && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => setEditing({ hall: null, parent: hall })}
                    >
                      {t('hall.addChild')}
                    </Button>
                  )}
                </Space>
                <Descriptions column={1} bordered size="small" title={hall.name}>
                  <Descriptions.Item label={t('hall.shortName')}>{hall.shortName || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('hall.level')}>
                    <Tag>{t(`hallLevel.${hall.level}`)}</Tag>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('hall.code')}>{hall.code}</Descriptions.Item>
                  <Descriptions.Item label={t('hall.divisionCode')}>{hall.divisionCode}</Descriptions.Item>
                  <Descriptions.Item label={t('hall.address')}>{hall.address || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('hall.phone')}>{hall.phone || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('hall.openingHours')}>
                    {[1, 2, 3, 4, 5, 6, 7].map((wd) => {
                      const d = hall.openingHours.find((x) => x.weekday === wd);
                      return (
                        <div key={wd}>
                          {t(`weekday.${wd}`)}：{d && d.sessions.length > 0 ? hoursText(d) : t('hall.closed')}
                        </div>
                      );
                    })}
                  </Descriptions.Item>
                </Descriptions>
              </>
            )}
          </div>
        </Col>
      </Row>
      {editing && (
        <HallForm
          hall={editing.hall}
          parent={editing.parent}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('common.saved'));
              void reloadHalls();
              setSelected(saved.id);
            }
          }}
        />
      )}
    </Page>
  );
}
