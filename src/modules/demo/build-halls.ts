import { newId } from '../../db/ids.js';
import { HALLS, type HallKey, type HallSpec, OPENING_HOURS } from './content/halls.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export interface BuiltHall {
  id: string;
  path: string;
  spec: HallSpec;
}

export type HallMap = Record<HallKey, BuiltHall>;

/** The hall tree rows, parents first (path = "/rootId/…/id/"). */
export function buildHalls(ctx: SeedContext, plan: DemoPlan): HallMap {
  const out = {} as HallMap;
  HALLS.forEach((spec, i) => {
    const id = newId();
    const parent = spec.parent ? out[spec.parent] : null;
    const path = `${parent ? parent.path : '/'}${id}/`;
    out[spec.key] = { id, path, spec };
    plan.halls.push({
      id,
      parent_id: parent?.id ?? null,
      path,
      name: spec.name,
      short_name: spec.shortName,
      level: spec.level,
      division_code: spec.divisionCode,
      code: spec.code,
      address: spec.address,
      phone: spec.phone,
      opening_hours: JSON.stringify(OPENING_HOURS[spec.hours]),
      sort_order: i,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
  });
  return out;
}
