import { pinyin } from 'pinyin-pro';
import { CASE_KIND_LABELS, type Disclosures, disclosuresOf, type ItemGuide } from './guide.js';

/** What a published version stores: the guide frozen together with the names it showed. */
export interface PublishedGuide extends ItemGuide {
  departmentName: string;
  hallName: string;
  disclosures: Disclosures;
}

export function snapshotOf(guide: ItemGuide, departmentName: string, hallName: string): PublishedGuide {
  return { ...guide, departmentName, hallName, disclosures: disclosuresOf(guide, departmentName) };
}

/** Pinyin initials of the Chinese characters ("个体工商户" → "gtgsh"), so "gtgsh" finds the item. */
export function pinyinInitials(s: string): string {
  return pinyin(s, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}

/** Lower-cased text the public keyword search runs `like` over (works on SQLite and PostgreSQL). */
export function searchTextOf(guide: ItemGuide, departmentName: string): string {
  const parts = [
    guide.name,
    guide.code,
    guide.basicCode,
    departmentName,
    guide.type,
    CASE_KIND_LABELS[guide.kind],
    guide.keywords,
    guide.result,
    pinyinInitials(guide.name),
    pinyin(guide.name, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''),
  ];
  return parts.filter(Boolean).join(' ').toLowerCase();
}
