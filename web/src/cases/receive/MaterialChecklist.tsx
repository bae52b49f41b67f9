import { Button, Input, Radio, Space, Table, Tag } from 'antd';
import type { PublicMaterial } from '../../public/types';
import { useCasesT } from '../lib/use-cases';
import type { MaterialState } from '../types';

export interface MaterialCheck {
  state: MaterialState;
  note: string;
}

/** Case materials are numbered from 1 in the guide's order (the `position` the API takes). */
export const positionOf = (index: number) => index + 1;

/** A line of the checklist: from the published guide (receive) or from the case (supplements). */
export interface ChecklistRow {
  position: number;
  name: string;
  required: boolean;
  /** form, count and the guide's remark */
  detail?: string;
}

/** Every required material handed in, none defective: the case can be accepted. */
export function canAccept(materials: { required: boolean }[], checks: MaterialCheck[]): boolean {
  return materials.every(
    (m, i) => checks[i]?.state === 'submitted' || (!m.required && checks[i]?.state !== 'defective'),
  );
}

/** Something to put in a one-time notice: a required material missing, or any material defective. */
export function needsSupplements(materials: { required: boolean }[], checks: MaterialCheck[]): boolean {
  return materials.some((m, i) => checks[i]?.state === 'defective' || (m.required && checks[i]?.state !== 'submitted'));
}

/** Defective materials must say what is wrong, so the one-time notice can tell the applicant. */
export function missingNotes(checks: MaterialCheck[]): number[] {
  return checks.flatMap((c, i) => (c.state === 'defective' && !c.note.trim() ? [i] : []));
}

const FORM_KEYS = {
  original: 'form.original',
  copy: 'form.copy',
  original_and_copy: 'form.original_and_copy',
  electronic: 'form.electronic',
} as const;

/** The guide's materials as checklist rows, numbered from 1. */
export function guideRows(materials: PublicMaterial[], t: (k: string, v?: Record<string, string | number>) => string) {
  return materials.map(
    (m, i): ChecklistRow => ({
      position: positionOf(i),
      name: m.name,
      required: m.required,
      detail: `${t(FORM_KEYS[m.form])} · ${t('materials.count', { n: m.count })}${m.note ? ` · ${m.note}` : ''}`,
    }),
  );
}

/** 材料核验: each material is submitted, missing or defective (with a note). */
export function MaterialChecklist(props: {
  materials: ChecklistRow[];
  checks: MaterialCheck[];
  onChange: (checks: MaterialCheck[]) => void;
  disabled?: boolean;
  showNoteErrors?: boolean;
}) {
  const t = useCasesT();
  const { materials, checks, onChange } = props;
  const set = (i: number, patch: Partial<MaterialCheck>) =>
    onChange(checks.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const noteErrors = new Set(props.showNoteErrors ? missingNotes(checks) : []);

  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button
          size="small"
          disabled={props.disabled}
          onClick={() => onChange(checks.map(() => ({ state: 'submitted', note: '' })))}
        >
          {t('materials.allSubmitted')}
        </Button>
        <span className="yz-muted">{t('materials.hint')}</span>
      </Space>
      <Table
        size="small"
        rowKey="position"
        pagination={false}
        dataSource={materials}
        data-testid="material-checklist"
        columns={[
          { title: t('materials.no'), width: 56, dataIndex: 'position' },
          {
            title: t('materials.name'),
            render: (_v, m) => (
              <>
                <div>
                  {m.name}{' '}
                  {m.required ? <Tag color="red">{t('materials.required')}</Tag> : <Tag>{t('materials.optional')}</Tag>}
                </div>
                {m.detail && <div className="yz-muted">{m.detail}</div>}
              </>
            ),
          },
          {
            title: t('materials.check'),
            width: 280,
            render: (_v, m, i) => (
              <Radio.Group
                aria-label={t('materials.checkOf', { name: m.name })}
                disabled={props.disabled}
                value={checks[i]?.state}
                onChange={(e) => {
                  const state = e.target.value as MaterialState;
                  // a material handed in as it should be needs no remark any more
                  set(i, state === 'submitted' ? { state, note: '' } : { state });
                }}
                optionType="button"
                buttonStyle="solid"
                size="small"
                options={[
                  { value: 'submitted', label: t('materialState.submitted') },
                  { value: 'missing', label: t('materialState.missing') },
                  { value: 'defective', label: t('materialState.defective') },
                ]}
              />
            ),
          },
          {
            title: t('materials.note'),
            width: 260,
            render: (_v, m, i) => (
              <>
                <Input
                  size="small"
                  aria-label={t('materials.noteOf', { name: m.name })}
                  disabled={props.disabled || checks[i]?.state === 'submitted'}
                  status={noteErrors.has(i) ? 'error' : undefined}
                  value={checks[i]?.note ?? ''}
                  maxLength={200}
                  placeholder={checks[i]?.state === 'defective' ? t('materials.defectNote') : ''}
                  onChange={(e) => set(i, { note: e.target.value })}
                />
                {noteErrors.has(i) && <div className="yz-field-error">{t('materials.noteRequired')}</div>}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
