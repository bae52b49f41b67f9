import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useAdminT } from '../../lib/use-admin';

/** Move up / move down / remove buttons of one row in an ordered list (materials, steps…). */
export function ListControls(props: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}) {
  const t = useAdminT();
  const { index, count } = props;
  return (
    <Space size={0}>
      <Tooltip title={t('common.moveUp')}>
        <Button
          type="text"
          size="small"
          aria-label={t('common.moveUp')}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          onClick={() => props.move(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title={t('common.moveDown')}>
        <Button
          type="text"
          size="small"
          aria-label={t('common.moveDown')}
          icon={<ArrowDownOutlined />}
          disabled={index === count - 1}
          onClick={() => props.move(index, index + 1)}
        />
      </Tooltip>
      <Tooltip title={t('common.remove')}>
        <Button
          type="text"
          size="small"
          danger
          aria-label={t('common.remove')}
          icon={<DeleteOutlined />}
          onClick={() => props.remove(index)}
        />
      </Tooltip>
    </Space>
  );
}
