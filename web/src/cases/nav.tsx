import { Link } from 'react-router-dom';
import { useCasesT } from './lib/use-cases';

/** The desk menu's entry to the cases 收件受理 (list, receive; rendered for users with case.receive). */
export function CasesNavLink() {
  const t = useCasesT();
  return <Link to="/desk/cases">{t('nav.receive')}</Link>;
}
