import type { DeptKey, WindowSpec } from './specs.js';

const BUSINESS_START: DeptKey[] = ['scjg', 'sw', 'ga', 'rs', 'gjj'];
const CONSTRUCTION: DeptKey[] = ['zj', 'zr', 'fg', 'sthj', 'rf', 'cg'];
const SOCIAL: DeptKey[] = ['rs', 'yb', 'cl', 'tyjr', 'wj'];
const BY_APPOINTMENT: DeptKey[] = [
  'wl',
  'yj',
  'sl',
  'ly',
  'shangwu',
  'yc',
  'qx',
  'da',
  'rf',
  'xf',
  'yz',
  'tj',
  'sj',
  'kj',
  'gx',
  'lc',
  'mzzj',
  'dz',
  'rq',
  'cz',
  'hs',
  'hsh',
  'tc',
];

/**
 * 东岭县政务服务中心: 36 windows over three floors. Staffing changes and paused windows are deliberate:
 * window 9 changed hands four times in a year, the 民政 and 教育 windows stand empty since their
 * departments walked out, and the 人社 window was empty for two months.
 */
export const COUNTY_A_WINDOWS: WindowSpec[] = [
  { number: 1, name: '咨询导办台', kind: 'consult', floor: 1, staff: 2 },
  {
    number: 2,
    name: '企业开办综合受理窗口',
    kind: 'comprehensive',
    floor: 1,
    depts: BUSINESS_START,
    staff: 1,
    changes: 2,
  },
  { number: 3, name: '企业开办综合受理窗口', kind: 'comprehensive', floor: 1, depts: BUSINESS_START, staff: 1 },
  { number: 4, name: '工程建设项目综合受理窗口', kind: 'comprehensive', floor: 1, depts: CONSTRUCTION, staff: 2 },
  { number: 5, name: '社会事务综合受理窗口', kind: 'comprehensive', floor: 1, depts: SOCIAL, staff: 2, changes: 1 },
  { number: 6, name: '帮办代办窗口', kind: 'agency', floor: 1, staff: 2 },
  { number: 7, name: '市场监管窗口（登记注册）', kind: 'department', floor: 1, depts: ['scjg'], staff: 2 },
  {
    number: 8,
    name: '市场监管窗口（食品药品许可）',
    kind: 'department',
    floor: 1,
    depts: ['scjg'],
    staff: 1,
    changes: 3,
  },
  { number: 9, name: '税务窗口（综合业务）', kind: 'department', floor: 1, depts: ['sw'], staff: 2, changes: 4 },
  { number: 10, name: '税务窗口（发票代开）', kind: 'department', floor: 1, depts: ['sw'], staff: 1 },
  { number: 11, name: '公安户政窗口', kind: 'department', floor: 1, depts: ['ga'], staff: 2 },
  { number: 12, name: '公安出入境窗口', kind: 'department', floor: 1, depts: ['ga'], staff: 1 },
  {
    number: 13,
    name: '公安车驾管窗口',
    kind: 'department',
    floor: 2,
    depts: ['ga'],
    staff: 1,
    status: 'paused',
  },
  {
    number: 14,
    name: '人力资源和社会保障窗口',
    kind: 'department',
    floor: 2,
    depts: ['rs'],
    staff: 2,
    gapMonths: [8, 6],
  },
  { number: 15, name: '人社窗口（社会保障卡）', kind: 'department', floor: 2, depts: ['rs'], staff: 1 },
  { number: 16, name: '医疗保障窗口', kind: 'department', floor: 2, depts: ['yb'], staff: 2 },
  { number: 17, name: '不动产登记窗口（税费同缴）', kind: 'department', floor: 2, depts: ['bdc', 'sw'], staff: 2 },
  { number: 18, name: '不动产登记窗口', kind: 'department', floor: 2, depts: ['bdc'], staff: 1 },
  { number: 19, name: '住房公积金窗口', kind: 'department', floor: 2, depts: ['gjj'], staff: 1 },
  { number: 20, name: '住房和城乡建设窗口', kind: 'department', floor: 2, depts: ['zj'], staff: 2 },
  { number: 21, name: '自然资源窗口', kind: 'department', floor: 2, depts: ['zr'], staff: 1 },
  { number: 22, name: '交通运输窗口', kind: 'department', floor: 2, depts: ['jt'], staff: 1, changes: 2 },
  { number: 23, name: '卫生健康窗口', kind: 'department', floor: 2, depts: ['wj'], staff: 1 },
  { number: 24, name: '生态环境窗口', kind: 'department', floor: 2, depts: ['sthj'], staff: 1 },
  { number: 25, name: '农业农村窗口', kind: 'department', floor: 2, depts: ['ny'], staff: 1 },
  { number: 26, name: '发展和改革窗口', kind: 'department', floor: 2, depts: ['fg'], staff: 1 },
  { number: 27, name: '残联·退役军人服务窗口', kind: 'department', floor: 2, depts: ['cl', 'tyjr'], staff: 2 },
  { number: 28, name: '城市管理窗口', kind: 'department', floor: 2, depts: ['cg'], staff: 1 },
  { number: 29, name: '司法行政窗口（法律援助）', kind: 'department', floor: 2, depts: ['sf'], staff: 1 },
  { number: 30, name: '水电气报装联办窗口', kind: 'department', floor: 2, depts: ['gd', 'zls', 'rq'], staff: 2 },
  { number: 31, name: '预约部门综合受理窗口', kind: 'comprehensive', floor: 3, depts: BY_APPOINTMENT, staff: 2 },
  {
    number: 32,
    name: '民政窗口',
    kind: 'department',
    floor: 3,
    depts: ['mz'],
    staff: 2,
    status: 'paused',
    withdrawnMonthsAgo: 5,
  },
  {
    number: 33,
    name: '教育窗口',
    kind: 'department',
    floor: 3,
    depts: ['jy'],
    staff: 1,
    status: 'paused',
    withdrawnMonthsAgo: 3,
  },
  { number: 34, name: '收费窗口', kind: 'fee', floor: 1, staff: 2 },
  { number: 35, name: '统一出件窗口（含 EMS 免费寄递）', kind: 'pickup', floor: 1, staff: 1 },
  { number: 36, name: '投诉受理窗口（12345 热线联络）', kind: 'complaint', floor: 1, staff: 1 },
];

/** Windows of a smaller hall: one per resident department around the usual shared windows. */
export function standardWindows(resident: DeptKey[], appointment: DeptKey[], o: { churn?: number } = {}): WindowSpec[] {
  const out: WindowSpec[] = [
    { number: 1, name: '咨询导办台', kind: 'consult', floor: 1, staff: 1 },
    { number: 2, name: '综合受理窗口', kind: 'comprehensive', floor: 1, depts: resident, staff: 2 },
  ];
  let n = 3;
  resident.forEach((key, i) => {
    out.push({
      number: n++,
      name: '',
      kind: 'department',
      floor: n <= 12 ? 1 : 2,
      depts: [key],
      staff: i % 3 === 0 ? 2 : 1,
      changes: i === 1 ? o.churn : undefined,
    });
  });
  if (appointment.length > 0) {
    out.push({
      number: n++,
      name: '预约部门综合受理窗口',
      kind: 'comprehensive',
      floor: 2,
      depts: appointment,
      staff: 1,
    });
  }
  out.push({ number: n++, name: '收费窗口', kind: 'fee', floor: 1, staff: 1 });
  out.push({ number: n++, name: '统一出件窗口', kind: 'pickup', floor: 1, staff: 1 });
  out.push({ number: n++, name: '投诉受理窗口', kind: 'complaint', floor: 1, staff: 1 });
  return out;
}

/** A township 便民服务中心: a general window and one per office. */
export const TOWNSHIP_WINDOWS: WindowSpec[] = [
  { number: 1, name: '综合受理窗口', kind: 'comprehensive', floor: 1, depts: ['tshb', 'tmz', 'tny', 'tzr'], staff: 2 },
  { number: 2, name: '社保医保窗口', kind: 'department', floor: 1, depts: ['tshb'], staff: 1, changes: 1 },
  { number: 3, name: '民政残联窗口', kind: 'department', floor: 1, depts: ['tmz'], staff: 1 },
  { number: 4, name: '农业农村·自然资源窗口', kind: 'department', floor: 1, depts: ['tny', 'tzr'], staff: 1 },
  { number: 5, name: '帮办代办窗口', kind: 'agency', floor: 1, staff: 1 },
];

/** A community 便民服务站: one window run by the township's social-affairs office. */
export const COMMUNITY_WINDOWS: WindowSpec[] = [
  { number: 1, name: '便民服务窗口', kind: 'comprehensive', floor: 1, depts: ['tmz'], staff: 1 },
];
