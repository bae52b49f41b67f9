import type { HallLevel, PublicHall } from './types';

export interface HallTreeNode {
  value: string;
  /** plain name, shown once chosen and matched by the search */
  label: string;
  level: HallLevel;
  children: HallTreeNode[];
}

const LEVEL_ORDER: Record<HallLevel, number> = { city: 0, county: 1, township: 2, community: 3 };

/** Halls as a tree by parent (city → county → township → community); orphans become roots. */
export function buildHallTree(halls: PublicHall[]): HallTreeNode[] {
  const nodes = new Map<string, HallTreeNode>();
  for (const h of halls) nodes.set(h.id, { value: h.id, label: h.name, level: h.level, children: [] });
  const roots: HallTreeNode[] = [];
  for (const h of halls) {
    const node = nodes.get(h.id) as HallTreeNode;
    const parent = h.parentId ? nodes.get(h.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: HallTreeNode[]) => {
    list.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.label.localeCompare(b.label, 'zh-CN'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Where `/` sends a first-time visitor: the first county hall, else the first city hall, else any hall. */
export function defaultHall(halls: PublicHall[]): PublicHall | undefined {
  return halls.find((h) => h.level === 'county') ?? halls.find((h) => h.level === 'city') ?? halls[0];
}
