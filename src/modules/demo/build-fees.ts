import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { FeeCatalogVersionsTable, FeeLinesTable } from '../../db/types.js';
import type { FeeCategory } from '../../domain/fee-rules.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

/**
 * Fee catalogs 收费目录 for every demo item that is not free (`feeFree: false` in its published
 * guide), in every hall that carries it: the guide's 收费标准 text as structured lines in fen,
 * received by the item's department. An item that charges but has no entry here fails the build,
 * so the demo guides and catalogs cannot drift apart.
 */

interface LineSpec {
  name: string;
  category: FeeCategory;
  /** fixed amount in fen, or [unit price in fen, unit name] */
  price: number | [number, string];
  basis: string;
  waiver?: [rules: string, basis: string];
}

const REAL_ESTATE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';
const SMALL_BUSINESS_WAIVER: [string, string] = [
  '小微企业（含个体工商户）申请不动产登记的，免收不动产登记费',
  '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）',
];
const REAL_ESTATE: LineSpec[] = [
  {
    name: '住宅类不动产登记费',
    category: 'administrative',
    price: 8000,
    basis: REAL_ESTATE_BASIS,
    waiver: SMALL_BUSINESS_WAIVER,
  },
  {
    name: '非住宅类不动产登记费',
    category: 'administrative',
    price: 55000,
    basis: REAL_ESTATE_BASIS,
    waiver: SMALL_BUSINESS_WAIVER,
  },
  {
    name: '不动产权属证书工本费（第二本起）',
    category: 'administrative',
    price: [1000, '本'],
    basis: REAL_ESTATE_BASIS,
  },
];
const FEE_914 = '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格规〔2019〕914号）';
const FEE_1186 = '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）';
const ID_CARD = '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';
const ROAD =
  '《城市道路管理条例》第三十三条；《东岭县发展和改革局关于城市道路挖掘修复费收费标准的批复》（东发改价〔2024〕12号）';

/** Structured catalogs by item name (the demo guides' fee texts, in fen). */
export const DEMO_FEES: Record<string, LineSpec[]> = {
  不动产首次登记: REAL_ESTATE,
  '不动产转移登记（存量房买卖）': REAL_ESTATE,
  不动产抵押登记: REAL_ESTATE.slice(0, 2),
  '占用、挖掘城市道路许可': [
    { name: '沥青混凝土路面挖掘修复费', category: 'administrative', price: [38000, '平方米'], basis: ROAD },
    { name: '水泥混凝土路面挖掘修复费', category: 'administrative', price: [32000, '平方米'], basis: ROAD },
    { name: '人行道挖掘修复费', category: 'administrative', price: [15000, '平方米'], basis: ROAD },
  ],
  '居民身份证换领、补领': [
    {
      name: '换领居民身份证工本费',
      category: 'administrative',
      price: 2000,
      basis: ID_CARD,
      waiver: ['城市最低生活保障对象、农村特殊生活困难居民换领居民身份证的，免收工本费', ID_CARD],
    },
    { name: '丢失补领、损坏换领居民身份证工本费', category: 'administrative', price: 4000, basis: ID_CARD },
    { name: '临时居民身份证工本费', category: 'administrative', price: 1000, basis: ID_CARD },
  ],
  普通护照签发: [{ name: '普通护照工本费', category: 'administrative', price: 12000, basis: FEE_914 }],
  往来港澳通行证及签注签发: [
    { name: '往来港澳通行证工本费', category: 'administrative', price: 6000, basis: FEE_914 },
    { name: '一次有效签注费', category: 'administrative', price: [1500, '件'], basis: FEE_914 },
    { name: '二次有效签注费', category: 'administrative', price: [3000, '件'], basis: FEE_914 },
  ],
  '机动车驾驶证换证、补证': [{ name: '机动车驾驶证工本费', category: 'administrative', price: 1000, basis: FEE_1186 }],
  机动车注册登记: [
    { name: '汽车号牌工本费', category: 'administrative', price: [10000, '副'], basis: FEE_1186 },
    { name: '挂车号牌工本费', category: 'administrative', price: [5000, '面'], basis: FEE_1186 },
    { name: '摩托车号牌工本费', category: 'administrative', price: [3500, '副'], basis: FEE_1186 },
    { name: '机动车行驶证工本费', category: 'administrative', price: 1000, basis: FEE_1186 },
    { name: '机动车登记证书工本费', category: 'administrative', price: 1000, basis: FEE_1186 },
  ],
  应建防空地下室的民用建筑项目报建审批: [
    {
      name: '防空地下室易地建设费',
      category: 'administrative',
      price: [150000, '平方米'],
      basis:
        '《中华人民共和国人民防空法》第二十二条；《关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）；标准按省价格主管部门核定（演示数据）',
      waiver: [
        '享受廉租住房、经济适用住房等政策的项目按规定减免',
        '《关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）第五条',
      ],
    },
  ],
  管道燃气开户报装: [
    {
      name: '居民用户管道燃气工程安装费（含表前管道及计量表）',
      category: 'service',
      price: 280000,
      basis: '《城镇燃气管理条例》；县发展改革部门核定的管道燃气安装价格（演示数据）',
    },
  ],
};

export interface FeeDemo {
  versions: Insertable<FeeCatalogVersionsTable>[];
  lines: Insertable<FeeLinesTable>[];
}

/** Catalog version 1 for each charging item of the demo plan. */
export function buildFeeDemo(plan: DemoPlan, ctx: SeedContext): FeeDemo {
  const out: FeeDemo = { versions: [], lines: [] };
  const names = new Map(plan.users.map((u) => [u.id, u.display_name]));
  for (const v of plan.itemVersions) {
    if (v.is_current !== 1) continue;
    const guide = JSON.parse(v.guide) as { feeFree?: boolean };
    if (guide.feeFree !== false) continue;
    const specs = DEMO_FEES[v.name];
    if (!specs) throw new Error(`demo item ${v.name} charges fees but has no fee catalog in build-fees.ts`);
    const item = plan.items.find((i) => i.id === v.item_id);
    if (!item) throw new Error(`demo item version ${v.id} without item`);
    const version = {
      id: newId(),
      hall_id: v.hall_id,
      item_id: v.item_id,
      version: 1,
      is_current: 1,
      note: '按办事指南公布的收费标准建立',
      created_by: v.published_by ?? null,
      created_by_name: (v.published_by && names.get(v.published_by)) || '',
      created_at: ctx.now,
    };
    out.versions.push(version);
    specs.forEach((s, i) => {
      const perUnit = Array.isArray(s.price);
      out.lines.push({
        id: newId(),
        hall_id: v.hall_id,
        catalog_version_id: version.id,
        item_id: v.item_id,
        position: i + 1,
        code: `F${String(i + 1).padStart(2, '0')}`,
        name: s.name,
        category: s.category,
        mode: perUnit ? 'per_unit' : 'fixed',
        amount_fen: Array.isArray(s.price) ? null : s.price,
        unit_price_fen: Array.isArray(s.price) ? s.price[0] : null,
        unit_name: Array.isArray(s.price) ? s.price[1] : '',
        cap_fen: null,
        basis: s.basis,
        receiving_department_id: item.department_id,
        waivable: s.waiver ? 1 : 0,
        waiver_rules: s.waiver?.[0] ?? '',
        waiver_basis: s.waiver?.[1] ?? '',
      });
    });
  }
  return out;
}

export async function writeFeeDemo(trx: Db, fees: FeeDemo): Promise<void> {
  for (let i = 0; i < fees.versions.length; i += 200) {
    await trx
      .insertInto('fee_catalog_versions')
      .values(fees.versions.slice(i, i + 200))
      .execute();
  }
  for (let i = 0; i < fees.lines.length; i += 200) {
    await trx
      .insertInto('fee_lines')
      .values(fees.lines.slice(i, i + 200))
      .execute();
  }
}
