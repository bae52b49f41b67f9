import { newId } from '../../db/ids.js';
import { type ItemGuide, missingDisclosures } from '../../domain/guide.js';
import { searchTextOf, snapshotOf } from '../../domain/published-guide.js';
import { buildGuide, type GuideContext } from './build-guide.js';
import { FORMS } from './content/forms.js';
import type { ItemSpec } from './content/specs.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

/** A form template to generate once the item ids are known. */
export interface FormRequest {
  fileId: string;
  itemId: string;
  hallId: string;
  formKey: string;
}

export interface ItemOptions {
  /** user id recorded as publisher */
  publishedBy: string;
  /** generate .xlsx templates for specs with a `form` */
  withForms?: boolean;
  /** item name → edit that leaves the item unpublished (often incomplete) */
  drafts?: Record<string, (g: ItemGuide) => ItemGuide>;
  /** item name → the spec as the earlier version 1 had it (version 2 is current) */
  revised?: Record<string, (s: ItemSpec) => ItemSpec>;
  /** item name → the spec as edited after publishing (draft differs from the published version) */
  dirty?: Record<string, (s: ItemSpec) => ItemSpec>;
}

function publishedAt(ctx: SeedContext, monthsAgo: number, hour: number): string {
  return `${ctx.monthsAgo(monthsAgo)}T${String(hour).padStart(2, '0')}:${String(Math.floor(ctx.random() * 60)).padStart(2, '0')}:00.000Z`;
}

/** Items, their published versions 发布版本 and event tags 主题 for one hall. */
export function buildItems(
  ctx: SeedContext,
  plan: DemoPlan,
  g: GuideContext,
  specs: ItemSpec[],
  codes: Map<string, string>,
  o: ItemOptions,
): FormRequest[] {
  const forms: FormRequest[] = [];
  const hallName = g.hall.spec.name;
  for (const spec of specs) {
    const basicCode = codes.get(spec.name);
    if (!basicCode) throw new Error(`no basic code for ${spec.name}`);
    const itemId = newId();
    let templateId: string | null = null;
    if (o.withForms && spec.form) {
      if (!FORMS[spec.form]) throw new Error(`unknown form ${spec.form}`);
      templateId = newId();
      forms.push({ fileId: templateId, itemId, hallId: g.hall.id, formKey: spec.form });
    }
    const guideOf = (s: ItemSpec): ItemGuide => {
      const built = buildGuide(g, s, basicCode);
      if (templateId && built.materials[0]) built.materials[0] = { ...built.materials[0], templateFileId: templateId };
      return built;
    };
    const deptName = g.depts.get(spec.dept)?.name ?? '';
    const published = guideOf(spec);
    const draftEdit = o.drafts?.[spec.name];
    const revisedEdit = o.revised?.[spec.name];
    const dirtyEdit = o.dirty?.[spec.name];

    const versions: ItemGuide[] = [];
    if (!draftEdit) {
      if (revisedEdit) versions.push(guideOf(revisedEdit(spec)));
      versions.push(published);
    }
    const draft = draftEdit ? draftEdit(published) : dirtyEdit ? guideOf(dirtyEdit(spec)) : published;
    for (const v of versions) {
      const missing = missingDisclosures(v, deptName);
      if (missing.length > 0) throw new Error(`demo item ${spec.name} cannot be published: ${missing.join(', ')}`);
    }
    const revisedTwice = versions.length > 1;
    const createdAt = publishedAt(ctx, revisedTwice ? 9 : 4 + Math.floor(ctx.random() * 3), 1);
    const dates = revisedTwice ? [publishedAt(ctx, 8, 2), publishedAt(ctx, 1, 3)] : [publishedAt(ctx, 3, 2)];
    versions.forEach((v, i) => {
      plan.itemVersions.push({
        id: newId(),
        hall_id: g.hall.id,
        item_id: itemId,
        version: i + 1,
        name: v.name,
        department_id: v.departmentId,
        kind: v.kind,
        search_text: searchTextOf(v, deptName),
        guide: JSON.stringify(snapshotOf(v, deptName, hallName)),
        is_current: i === versions.length - 1 ? 1 : 0,
        published_at: dates[i] as string,
        published_by: o.publishedBy,
      });
    });
    const current = versions.at(-1);
    for (const code of new Set(current?.events ?? [])) {
      plan.itemEvents.push({ hall_id: g.hall.id, item_id: itemId, event_code: code });
    }
    plan.items.push({
      id: itemId,
      hall_id: g.hall.id,
      department_id: draft.departmentId,
      code: draft.code,
      basic_code: draft.basicCode,
      name: draft.name,
      draft: JSON.stringify(draft),
      entry_status: draft.entryStatus,
      published_version: versions.length > 0 ? versions.length : null,
      draft_dirty: versions.length === 0 || dirtyEdit ? 1 : 0,
      row_version: versions.length > 1 || dirtyEdit ? 2 : 1,
      created_at: createdAt,
      updated_at: dirtyEdit ? ctx.now : versions.length > 0 ? (dates[versions.length - 1] as string) : createdAt,
    });
  }
  return forms;
}
