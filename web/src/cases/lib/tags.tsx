import { Tag } from 'antd';
import type { CaseKind, CaseStatus, Colour } from '../types';
import { useCasesT } from './use-cases';

const STATUS_COLORS: Record<CaseStatus, string> = {
  received: 'blue',
  correction_requested: 'orange',
  rejected: 'default',
  accepted: 'geekblue',
  in_review: 'processing',
  suspended: 'purple',
  escalated: 'cyan',
  decided: 'green',
  delivered: 'green',
  closed: 'default',
  withdrawn: 'default',
};
const COLOUR_TAGS: Record<Colour, string> = { green: 'success', yellow: 'warning', red: 'error' };

export function StatusTag({ status }: { status: CaseStatus }) {
  const t = useCasesT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="case-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: CaseKind }) {
  const t = useCasesT();
  return <Tag>{t(`kind.${kind}`)}</Tag>;
}

/** Supervision light: 正常 (green) / 预警 (yellow) / 超期 (red); nothing for finished cases. */
export function ColourTag({ colour }: { colour: Colour | null | undefined }) {
  const t = useCasesT();
  if (!colour) return null;
  return (
    <Tag color={COLOUR_TAGS[colour]} className={`yz-colour-${colour}`} data-testid="case-colour">
      <span className={`yz-light is-${colour}`} aria-hidden />
      {t(`colour.${colour}`)}
    </Tag>
  );
}
