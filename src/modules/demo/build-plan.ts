import { buildDepartments } from './build-departments.js';
import { buildForms } from './build-forms.js';
import { basicCodes } from './build-guide.js';
import { buildHalls, type HallMap } from './build-halls.js';
import { buildItems, type FormRequest, type ItemOptions } from './build-items.js';
import { buildStaffing, COUNTY_LEADERS, TOWNSHIP_LEADERS } from './build-staff.js';
import { buildUsers, type OrgOfHall } from './build-users.js';
import {
  CITY_DEPARTMENTS,
  COMMUNITY_DEPARTMENTS,
  COUNTY_A_DEPARTMENTS,
  COUNTY_B_DEPARTMENTS,
  TOWNSHIP_DEPARTMENTS,
} from './content/departments.js';
import type { HallKey } from './content/halls.js';
import { CONSTRUCTION_ITEMS } from './content/items-construction.js';
import { ENTERPRISE_ITEMS } from './content/items-enterprise.js';
import {
  CITY_ITEMS,
  COUNTY_A_DIRTY,
  COUNTY_A_DRAFTS,
  COUNTY_A_REVISED,
  COUNTY_B_ITEM_NAMES,
  TOWNSHIP_ITEMS,
  TOWNSHIP_SHARED,
} from './content/items-local.js';
import { PEOPLE_ITEMS } from './content/items-people.js';
import { SERVICE_ITEMS } from './content/items-services.js';
import { WELFARE_ITEMS } from './content/items-welfare.js';
import type { DeptKey, DeptRoster, ItemSpec, WindowSpec } from './content/specs.js';
import { COMMUNITY_WINDOWS, COUNTY_A_WINDOWS, standardWindows, TOWNSHIP_WINDOWS } from './content/windows.js';
import { createContext, type SeedContext } from './context.js';
import { type DemoPlan, emptyPlan } from './plan.js';

export interface BuiltDemo {
  plan: DemoPlan;
  halls: HallMap;
  ctx: SeedContext;
}

/** The county catalog: every item spec of 东岭县, in display order. */
export const COUNTY_CATALOG: ItemSpec[] = [
  ...ENTERPRISE_ITEMS,
  ...PEOPLE_ITEMS,
  ...WELFARE_ITEMS,
  ...CONSTRUCTION_ITEMS,
  ...SERVICE_ITEMS,
];

const keysOf = (roster: DeptRoster[], residency: 'resident' | 'appointment'): DeptKey[] =>
  roster.filter((r) => (r.changes?.at(-1)?.residency ?? r.initial) === residency).map((r) => r.key);

/** A catalog item as carried by a hall where the department sits in the hall as usual. */
function asEntered(spec: ItemSpec, o: Partial<ItemSpec> = {}): ItemSpec {
  return { ...spec, entry: undefined, exemptReason: undefined, handledAt: undefined, ...o };
}

/** Build every row of the demo in memory (no database access). */
export async function buildDemoPlan(now: Date = new Date()): Promise<BuiltDemo> {
  const ctx = createContext(now);
  const plan = emptyPlan();
  const halls = buildHalls(ctx, plan);
  const orgs: Partial<Record<HallKey, OrgOfHall>> = {};
  const guides: Partial<Record<HallKey, Parameters<typeof buildItems>[2]>> = {};

  const organise = (
    key: HallKey,
    roster: DeptRoster[],
    windows: WindowSpec[],
    o: { leaders: typeof COUNTY_LEADERS; approversFor?: DeptKey[]; recordedBy: string | null },
  ) => {
    const hall = halls[key];
    const depts = buildDepartments(ctx, plan, hall, roster, o.recordedBy);
    const org = buildStaffing(ctx, plan, hall, depts, windows, o);
    orgs[key] = { ...org, deptIds: new Map([...depts].map(([k, d]) => [k, d.id])) };
    guides[key] = { hall, depts, windows: org.windows };
  };

  organise(
    'city',
    CITY_DEPARTMENTS,
    standardWindows(keysOf(CITY_DEPARTMENTS, 'resident'), keysOf(CITY_DEPARTMENTS, 'appointment')),
    {
      leaders: COUNTY_LEADERS.slice(0, 4),
      recordedBy: ctx.ids.cityManager,
    },
  );
  organise('countyA', COUNTY_A_DEPARTMENTS, COUNTY_A_WINDOWS, {
    leaders: COUNTY_LEADERS,
    approversFor: ['scjg', 'zj'],
    recordedBy: ctx.ids.countyManager,
  });
  organise(
    'countyB',
    COUNTY_B_DEPARTMENTS,
    standardWindows(keysOf(COUNTY_B_DEPARTMENTS, 'resident'), keysOf(COUNTY_B_DEPARTMENTS, 'appointment'), {
      churn: 2,
    }),
    { leaders: COUNTY_LEADERS.slice(0, 3), recordedBy: ctx.ids.otherManager },
  );
  for (const key of ['townA1', 'townA2', 'townB1', 'townB2'] as const) {
    organise(key, TOWNSHIP_DEPARTMENTS, TOWNSHIP_WINDOWS, { leaders: TOWNSHIP_LEADERS, recordedBy: null });
  }
  for (const key of ['commA1', 'commA2'] as const) {
    organise(key, COMMUNITY_DEPARTMENTS, COMMUNITY_WINDOWS, { leaders: [], recordedBy: null });
  }

  const catalog = [...COUNTY_CATALOG, ...TOWNSHIP_ITEMS];
  const codes = basicCodes(catalog);
  const byName = new Map(catalog.map((s) => [s.name, s]));
  const spec = (name: string): ItemSpec => {
    const s = byName.get(name);
    if (!s) throw new Error(`demo catalog has no item ${name}`);
    return s;
  };
  const forms: FormRequest[] = [];
  const items = (key: HallKey, specs: ItemSpec[], o: ItemOptions) => {
    const g = guides[key];
    if (!g) throw new Error(`hall ${key} not organised`);
    forms.push(...buildItems(ctx, plan, g, specs, codes, o));
  };

  items('countyA', COUNTY_CATALOG, {
    publishedBy: ctx.ids.countyManager,
    withForms: true,
    drafts: COUNTY_A_DRAFTS,
    revised: COUNTY_A_REVISED,
    dirty: COUNTY_A_DIRTY,
  });
  items(
    'countyB',
    COUNTY_B_ITEM_NAMES.map((n) => asEntered(spec(n))),
    { publishedBy: ctx.ids.otherManager },
  );
  items(
    'city',
    CITY_ITEMS.map((c) => asEntered(spec(c.name), c.change)),
    { publishedBy: ctx.ids.cityManager },
  );
  const shared = TOWNSHIP_SHARED.map((t) => asEntered(spec(t.name), { dept: t.dept }));
  items('townA1', [...shared, ...TOWNSHIP_ITEMS], { publishedBy: ctx.ids.countyManager });
  items('townA2', [...shared, spec('高龄津贴申领'), spec('农村村民宅基地和建房（规划许可）审批')], {
    publishedBy: ctx.ids.countyManager,
  });
  for (const key of ['townB1', 'townB2'] as const) {
    items(key, [...shared, spec('高龄津贴申领')], { publishedBy: ctx.ids.otherManager });
  }

  await buildForms(ctx, plan, forms);
  await buildUsers(ctx, plan, halls, orgs);
  return { plan, halls, ctx };
}
