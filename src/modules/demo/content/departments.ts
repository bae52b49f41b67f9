import type { DeptKey, DeptRoster } from './specs.js';

/** Where a department sits: its hall's place name decides the department's full name. */
export interface Place {
  level: 'city' | 'county' | 'township' | 'community';
  /** "东岭县", "清源市", "石桥镇" */
  full: string;
  /** "东岭", "清源", "石桥" */
  short: string;
  /** the county the township belongs to ("东岭县"), or the place itself */
  county: string;
}

const CITY = '清源市';

/** Full name and short name of each department, by the place it serves. */
export const DEPARTMENT_NAMES: Record<DeptKey, { name: (p: Place) => string; short: string }> = {
  scjg: { name: (p) => `${p.full}市场监督管理局`, short: '市场监管局' },
  ga: { name: (p) => `${p.full}公安局`, short: '公安局' },
  rs: { name: (p) => `${p.full}人力资源和社会保障局`, short: '人社局' },
  zr: { name: (p) => `${p.full}自然资源局`, short: '自然资源局' },
  zj: { name: (p) => `${p.full}住房和城乡建设局`, short: '住建局' },
  sw: { name: (p) => `国家税务总局${p.full}税务局`, short: '税务局' },
  wj: {
    name: (p) => (p.level === 'city' ? `${p.full}卫生健康委员会` : `${p.full}卫生健康局`),
    short: '卫健',
  },
  jt: { name: (p) => `${p.full}交通运输局`, short: '交通局' },
  yb: { name: (p) => `${p.full}医疗保障局`, short: '医保局' },
  bdc: { name: (p) => `${p.full}不动产登记中心`, short: '不动产中心' },
  gjj: {
    name: (p) => (p.level === 'city' ? `${CITY}住房公积金管理中心` : `${CITY}住房公积金管理中心${p.short}管理部`),
    short: '公积金',
  },
  cl: { name: (p) => `${p.full}残疾人联合会`, short: '残联' },
  tyjr: { name: (p) => `${p.full}退役军人事务局`, short: '退役军人局' },
  sthj: {
    name: (p) => (p.level === 'city' ? `${CITY}生态环境局` : `${CITY}生态环境局${p.short}分局`),
    short: '生态环境',
  },
  ny: { name: (p) => `${p.full}农业农村局`, short: '农业农村局' },
  fg: {
    name: (p) => (p.level === 'city' ? `${p.full}发展和改革委员会` : `${p.full}发展和改革局`),
    short: '发改',
  },
  cg: { name: (p) => `${p.full}城市管理局`, short: '城管局' },
  sf: { name: (p) => `${p.full}司法局`, short: '司法局' },
  gd: { name: (p) => `国网${p.level === 'city' ? p.short : p.full}供电公司`, short: '供电' },
  zls: { name: (p) => `${p.full}自来水有限公司`, short: '自来水' },
  wl: { name: (p) => `${p.full}文化和旅游局`, short: '文旅局' },
  yj: { name: (p) => `${p.full}应急管理局`, short: '应急局' },
  sl: { name: (p) => `${p.full}水利局`, short: '水利局' },
  ly: { name: (p) => `${p.full}林业局`, short: '林业局' },
  shangwu: { name: (p) => `${p.full}商务局`, short: '商务局' },
  yc: { name: (p) => `${p.full}烟草专卖局`, short: '烟草局' },
  qx: { name: (p) => `${p.full}气象局`, short: '气象局' },
  da: { name: (p) => `${p.full}档案馆`, short: '档案馆' },
  rf: { name: (p) => `${p.full}人民防空办公室`, short: '人防办' },
  xf: { name: (p) => `${p.full}消防救援大队`, short: '消防大队' },
  yz: { name: (p) => `中国邮政集团有限公司${p.full}分公司`, short: '邮政' },
  tj: { name: (p) => `${p.full}统计局`, short: '统计局' },
  sj: { name: (p) => `${p.full}审计局`, short: '审计局' },
  kj: { name: (p) => `${p.full}科学技术局`, short: '科技局' },
  gx: { name: (p) => `${p.full}工业和信息化局`, short: '工信局' },
  lc: { name: (p) => `${p.full}粮食和物资储备局`, short: '粮储局' },
  mzzj: { name: (p) => `${p.full}民族宗教事务局`, short: '民宗局' },
  dz: { name: (p) => `${p.full}地震局`, short: '地震局' },
  rq: { name: (p) => `${p.full}天然气有限公司`, short: '燃气' },
  cz: { name: (p) => `${p.full}财政局`, short: '财政局' },
  hs: { name: (p) => `${CITY.slice(0, 2)}海事局${p.short}海事处`, short: '海事处' },
  hsh: { name: (p) => `${p.full}红十字会`, short: '红十字会' },
  tc: { name: (p) => `${p.full}投资促进局`, short: '投促局' },
  mz: { name: (p) => `${p.full}民政局`, short: '民政局' },
  jy: { name: (p) => `${p.full}教育局`, short: '教育局' },
  tshb: { name: (p) => `${p.full}社会保障服务所`, short: '社保所' },
  tmz: { name: (p) => `${p.full}社会事务办公室`, short: '社会事务办' },
  tny: { name: (p) => `${p.full}农业农村服务中心`, short: '农服中心' },
  tzr: { name: (p) => `${p.county}自然资源局${p.short}自然资源所`, short: '自然资源所' },
};

const ALL = 'IPJR';

/**
 * 东岭县 (county A): 20 resident 常驻 and 23 by-appointment 预约 departments as fixed by the county
 * government's standing meeting, plus two that walked out without approval (擅自撤离).
 */
export const COUNTY_A_DEPARTMENTS: DeptRoster[] = [
  { key: 'scjg', initial: 'resident', powers: ALL, letterMonthsAgo: 10 },
  { key: 'ga', initial: 'resident', powers: 'IP', letterMonthsAgo: 10 },
  {
    key: 'rs',
    initial: 'resident',
    powers: 'IPJ',
    letterMonthsAgo: 6,
    changes: [
      {
        residency: 'withdrawn',
        monthsAgo: 8,
        reason: '未经批准擅自撤回单位办理：以局机关业务系统升级为由将窗口人员调回，社保业务回流局内股室',
      },
      {
        residency: 'resident',
        monthsAgo: 6,
        reason: '经县政务服务中心下发督办通知、县政府分管领导约谈后整改到位，窗口人员及事项重新进驻',
      },
    ],
  },
  { key: 'zr', initial: 'resident', powers: ALL, letterMonthsAgo: 9 },
  { key: 'zj', initial: 'resident', powers: ALL, letterMonthsAgo: 9 },
  { key: 'sw', initial: 'resident', powers: 'IP', letterMonthsAgo: 11 },
  { key: 'wj', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 8 },
  { key: 'jt', initial: 'resident', powers: ALL, letterMonthsAgo: 7 },
  { key: 'yb', initial: 'resident', powers: 'IP', letterMonthsAgo: 10 },
  { key: 'bdc', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 10 },
  { key: 'gjj', initial: 'resident', powers: 'IP', letterMonthsAgo: 5 },
  { key: 'cl', initial: 'resident', powers: 'I', letterMonthsAgo: 12 },
  {
    key: 'tyjr',
    initial: 'appointment',
    powers: 'IP',
    letterMonthsAgo: 4,
    changes: [
      {
        residency: 'resident',
        monthsAgo: 16,
        reason: '优待证申领等业务量明显增加，经县政府常务会议同意由预约单位调整为常驻单位',
      },
    ],
  },
  { key: 'sthj', initial: 'resident', powers: ALL, letterMonthsAgo: 9 },
  { key: 'ny', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 9 },
  { key: 'fg', initial: 'resident', powers: ALL, letterMonthsAgo: 3 },
  { key: 'cg', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 8 },
  { key: 'sf', initial: 'resident', powers: 'IP', letterMonthsAgo: 12 },
  { key: 'gd', initial: 'resident', powers: 'IP', letterMonthsAgo: 11 },
  { key: 'zls', initial: 'resident', powers: 'IP', letterMonthsAgo: 11 },
  {
    key: 'wl',
    initial: 'resident',
    powers: 'I',
    letterMonthsAgo: 14,
    changes: [
      {
        residency: 'appointment',
        monthsAgo: 13,
        reason: '年办件量不足30件，经县政府同意调整为预约单位，事项由预约部门综合受理窗口代收',
      },
    ],
  },
  { key: 'yj', initial: 'appointment', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'sl', initial: 'appointment', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'ly', initial: 'appointment', powers: 'I', letterMonthsAgo: 9 },
  { key: 'shangwu', initial: 'appointment', powers: 'I', letterMonthsAgo: 15 },
  { key: 'yc', initial: 'appointment', powers: 'IP', letterMonthsAgo: 7 },
  { key: 'qx', initial: 'appointment', powers: 'I', letterMonthsAgo: 15 },
  { key: 'da', initial: 'appointment', powers: 'I', letterMonthsAgo: 15 },
  { key: 'rf', initial: 'appointment', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'xf', initial: 'appointment', powers: 'IP', letterMonthsAgo: 6 },
  { key: 'yz', initial: 'appointment', powers: '', letterMonthsAgo: null },
  { key: 'tj', initial: 'appointment', powers: '', letterMonthsAgo: null },
  { key: 'sj', initial: 'appointment', powers: '', letterMonthsAgo: null },
  { key: 'kj', initial: 'appointment', powers: 'I', letterMonthsAgo: 2 },
  { key: 'gx', initial: 'appointment', powers: 'I', letterMonthsAgo: 2 },
  { key: 'lc', initial: 'appointment', powers: 'I', letterMonthsAgo: 2 },
  { key: 'mzzj', initial: 'appointment', powers: 'I', letterMonthsAgo: null },
  { key: 'dz', initial: 'appointment', powers: '', letterMonthsAgo: null },
  { key: 'rq', initial: 'appointment', powers: 'I', letterMonthsAgo: 4 },
  { key: 'cz', initial: 'appointment', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'hs', initial: 'appointment', powers: 'I', letterMonthsAgo: 15 },
  { key: 'hsh', initial: 'appointment', powers: 'I', letterMonthsAgo: null },
  { key: 'tc', initial: 'appointment', powers: '', letterMonthsAgo: null },
  {
    key: 'mz',
    initial: 'resident',
    powers: ALL,
    letterMonthsAgo: 15,
    changes: [
      {
        residency: 'withdrawn',
        monthsAgo: 5,
        reason:
          '未经批准擅自撤回单位办理：以局机关办公场所调整为由撤回驻厅人员，低保、婚姻登记等事项回到局内办理，经两次督办仍未返回',
      },
    ],
  },
  {
    key: 'jy',
    initial: 'resident',
    powers: 'IP',
    letterMonthsAgo: 14,
    changes: [
      {
        residency: 'withdrawn',
        monthsAgo: 3,
        reason: '未经批准擅自撤离驻厅窗口，教师资格认定、学籍管理等事项回流局机关股室办理，群众“两头跑”',
      },
    ],
  },
];

/** 西川县 (county B): a smaller hall. */
export const COUNTY_B_DEPARTMENTS: DeptRoster[] = [
  { key: 'scjg', initial: 'resident', powers: ALL, letterMonthsAgo: 8 },
  { key: 'ga', initial: 'resident', powers: 'IP', letterMonthsAgo: 8 },
  { key: 'rs', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 8 },
  { key: 'yb', initial: 'resident', powers: 'IP', letterMonthsAgo: 8 },
  { key: 'bdc', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 7 },
  { key: 'gjj', initial: 'resident', powers: 'IP', letterMonthsAgo: 7 },
  { key: 'zj', initial: 'resident', powers: ALL, letterMonthsAgo: 7 },
  { key: 'jt', initial: 'resident', powers: 'IP', letterMonthsAgo: 6 },
  { key: 'mz', initial: 'resident', powers: ALL, letterMonthsAgo: 6 },
  { key: 'sf', initial: 'resident', powers: 'IP', letterMonthsAgo: 6 },
  { key: 'sw', initial: 'resident', powers: 'IP', letterMonthsAgo: 6 },
  { key: 'wj', initial: 'appointment', powers: 'I', letterMonthsAgo: 5 },
  { key: 'cl', initial: 'appointment', powers: 'I', letterMonthsAgo: null },
  { key: 'sthj', initial: 'appointment', powers: 'IP', letterMonthsAgo: 5 },
];

/** 清源市 city hall. */
export const CITY_DEPARTMENTS: DeptRoster[] = [
  { key: 'scjg', initial: 'resident', powers: ALL, letterMonthsAgo: 12 },
  { key: 'ga', initial: 'resident', powers: 'IP', letterMonthsAgo: 12 },
  { key: 'rs', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 12 },
  { key: 'zr', initial: 'resident', powers: ALL, letterMonthsAgo: 11 },
  { key: 'zj', initial: 'resident', powers: ALL, letterMonthsAgo: 11 },
  { key: 'bdc', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 11 },
  { key: 'gjj', initial: 'resident', powers: 'IP', letterMonthsAgo: 10 },
  { key: 'sthj', initial: 'resident', powers: ALL, letterMonthsAgo: 10 },
  { key: 'jt', initial: 'resident', powers: ALL, letterMonthsAgo: 10 },
  { key: 'wj', initial: 'resident', powers: 'IPJ', letterMonthsAgo: 10 },
  { key: 'sw', initial: 'resident', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'fg', initial: 'appointment', powers: 'IP', letterMonthsAgo: 9 },
  { key: 'yb', initial: 'appointment', powers: 'I', letterMonthsAgo: 9 },
];

/** A township 便民服务中心: a few offices 站所. */
export const TOWNSHIP_DEPARTMENTS: DeptRoster[] = [
  { key: 'tshb', initial: 'resident', powers: 'I', letterMonthsAgo: 10 },
  { key: 'tmz', initial: 'resident', powers: 'IR', letterMonthsAgo: 10 },
  { key: 'tny', initial: 'resident', powers: 'IJ', letterMonthsAgo: 10 },
  { key: 'tzr', initial: 'appointment', powers: '', letterMonthsAgo: null },
];

/** A community 便民服务站: staffed by the township's social-affairs office. */
export const COMMUNITY_DEPARTMENTS: DeptRoster[] = [
  { key: 'tmz', initial: 'resident', powers: 'I', letterMonthsAgo: null },
];
