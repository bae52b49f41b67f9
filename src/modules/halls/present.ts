import type { Hall } from '../../db/types.js';
import type { HallLevel, OpeningHours, PublicHall } from './schema.js';

export function presentPublicHall(h: Hall): PublicHall {
  return {
    id: h.id,
    name: h.name,
    level: h.level as HallLevel,
    parentId: h.parent_id,
    divisionCode: h.division_code,
    address: h.address,
    phone: h.phone,
    openingHours: JSON.parse(h.opening_hours) as OpeningHours,
  };
}

export function presentHall(h: Hall) {
  return {
    ...presentPublicHall(h),
    code: h.code,
    shortName: h.short_name,
    createdAt: h.created_at,
    updatedAt: h.updated_at,
  };
}
