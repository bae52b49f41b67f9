import { Link } from 'react-router-dom';
import { useT } from '../../shared/i18n';
import { caseMessages } from './messages';
import './cases.css';

/** The hall home's "办件查询 · 办件公示" card. */
export function CaseLinks({ hallId }: { hallId: string }) {
  const tc = useT(caseMessages);
  return (
    <section aria-labelledby="case-links-title" className="yz-cs-card">
      <h2 id="case-links-title">{tc('card.title')}</h2>
      <p className="yz-muted">{tc('card.hint')}</p>
      <div className="yz-cs-card-actions">
        <Link className="yz-cs-primary-link" to={`/halls/${hallId}/cases/lookup`}>
          {tc('lookup.title')}
        </Link>
        <Link className="yz-link-button" to={`/halls/${hallId}/cases/completed`}>
          {tc('completed.title')}
        </Link>
      </div>
    </section>
  );
}
