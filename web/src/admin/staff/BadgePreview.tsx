import { UserOutlined } from '@ant-design/icons';
import { useAdminT } from '../lib/use-admin';

export interface BadgeData {
  name: string;
  post: string;
  title: string;
  duties: string;
  employeeNo?: string;
  photo: string | null;
  departmentName?: string | null;
  windowNumbers?: string[];
}

/** The staff badge 工作牌 as worn at the window: hall name, photo, name, post, title, duties. */
export function BadgePreview({ staff, hallName }: { staff: BadgeData; hallName: string }) {
  const t = useAdminT();
  return (
    <section className="yz-badge" aria-label={t('staff.badge')}>
      <header className="yz-badge-head">
        <div className="yz-badge-emblem" aria-hidden>
          ★
        </div>
        <div className="yz-badge-hall">{hallName}</div>
      </header>
      <div className="yz-badge-body">
        <div className="yz-badge-photo">
          {staff.photo ? <img src={staff.photo} alt={staff.name} /> : <UserOutlined style={{ fontSize: 48 }} />}
        </div>
        <div className="yz-badge-info">
          <div className="yz-badge-name">{staff.name || '—'}</div>
          {staff.departmentName && <div className="yz-badge-dept">{staff.departmentName}</div>}
          <div className="yz-badge-post">{[staff.post, staff.title].filter(Boolean).join(' · ') || '—'}</div>
          {staff.employeeNo && <div className="yz-badge-no">{t('badge.number', { no: staff.employeeNo })}</div>}
          {staff.windowNumbers && staff.windowNumbers.length > 0 && (
            <div className="yz-badge-no">{t('badge.window', { numbers: staff.windowNumbers.join('、') })}</div>
          )}
        </div>
      </div>
      {staff.duties && <footer className="yz-badge-duties">{t('badge.duties', { duties: staff.duties })}</footer>}
    </section>
  );
}
