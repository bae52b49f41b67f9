import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { post } from '../../../shared/api';
import { readAsBase64 } from '../../lib/files';
import { useAdminT, useShowProblem } from '../../lib/use-admin';
import type { UploadedFile } from '../../types';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.zip,.txt';

/** A form control holding an uploaded file's id (a material's blank form or sample); uploads on pick. */
export function FileField(props: {
  itemId: string | null;
  /** the item's uploads, to name a stored id */
  files?: UploadedFile[];
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}) {
  const t = useAdminT();
  const showProblem = useShowProblem();
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const [busy, setBusy] = useState(false);

  if (!props.itemId) return <Typography.Text type="secondary">{t('f.material.saveFirst')}</Typography.Text>;

  const upload = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      showProblem(new Error(t('f.material.tooLarge')));
      return;
    }
    setBusy(true);
    try {
      const res = await post<UploadedFile>(`/api/v1/items/${props.itemId}/files`, {
        filename: file.name,
        mime: file.type || 'application/octet-stream',
        contentBase64: await readAsBase64(file),
      });
      setUploaded(res);
      props.onChange?.(res.id);
    } catch (e) {
      showProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const known = [...(props.files ?? []), ...(uploaded ? [uploaded] : [])].find((f) => f.id === props.value);
  return (
    <Space wrap>
      {props.value && (
        <a href={`/api/v1/items/${props.itemId}/files/${props.value}`} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {known ? known.filename : t('f.material.hasFile')}
        </a>
      )}
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button id={props.id} size="small" icon={<UploadOutlined />} loading={busy}>
          {t('f.material.upload')}
        </Button>
      </Upload>
      {props.value && (
        <Tooltip title={t('f.material.clearFile')}>
          <Button
            size="small"
            type="text"
            danger
            aria-label={t('f.material.clearFile')}
            icon={<DeleteOutlined />}
            onClick={() => props.onChange?.(null)}
          />
        </Tooltip>
      )}
    </Space>
  );
}
