import { DeleteOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Space, Typography, Upload } from 'antd';
import { readAsDataUrl } from '../lib/files';
import { useAdminT } from '../lib/use-admin';

const MAX_PHOTO_BYTES = 512 * 1024;
const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];

/** Pick a photo and hand it on as a data URL; nothing is sent to the server here. */
export function PhotoInput(props: {
  value: string | null;
  busy?: boolean;
  onPick: (dataUrl: string) => void;
  onRemove: () => void;
  onError: (text: string) => void;
}) {
  const t = useAdminT();
  return (
    <Space align="center" size="large">
      <Avatar shape="square" size={96} src={props.value ?? undefined} icon={<UserOutlined />} />
      <div>
        <Upload
          accept={PHOTO_TYPES.join(',')}
          showUploadList={false}
          beforeUpload={async (file) => {
            if (!PHOTO_TYPES.includes(file.type)) props.onError(t('staff.photoType'));
            else if (file.size > MAX_PHOTO_BYTES) props.onError(t('staff.photoTooLarge'));
            else props.onPick(await readAsDataUrl(file));
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={props.busy}>
            {t('staff.uploadPhoto')}
          </Button>
        </Upload>
        {props.value && (
          <Button type="text" danger icon={<DeleteOutlined />} onClick={props.onRemove} disabled={props.busy}>
            {t('staff.removePhoto')}
          </Button>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('staff.photoHint')}
        </Typography.Paragraph>
      </div>
    </Space>
  );
}
