import type { ItemGuide } from '../../../domain/guide.js';
import type { ItemSpec } from './specs.js';

/** Township items 乡镇便民服务中心事项, and which catalog items the other halls carry. */

export const TOWNSHIP_ITEMS: ItemSpec[] = [
  {
    name: '高龄津贴申领',
    dept: 'tmz',
    type: '行政给付',
    kind: 'promised',
    days: [null, 15],
    basis: '《中华人民共和国老年人权益保障法》第三十三条',
    conditions: '具有本县户籍、年满80周岁的老年人，可以按月领取高龄津贴。',
    materials: ['高龄津贴申请表', '原:居民身份证、居民户口簿', '复:本人银行账户或者社会保障卡'],
    result: '高龄津贴按月发放',
    events: ['retirement'],
    keywords: '老人补贴 高龄补贴',
  },
  {
    name: '最低生活保障申请受理',
    dept: 'tmz',
    type: '行政给付',
    kind: 'reported',
    days: [30, 20],
    basis: '《社会救助暂行办法》第十一条；《最低生活保障审核确认办法》第八条、第十条',
    conditions:
      '共同生活的家庭成员人均收入低于当地最低生活保障标准且家庭财产状况符合规定的，向户籍所在地乡镇人民政府提出申请。',
    materials: ['最低生活保障申请书', '原:家庭成员居民身份证、居民户口簿', '家庭经济状况核对授权书'],
    result: '低保审核意见（报县民政局审核确认）',
    reportTo: '东岭县民政局',
    special: [['入户调查及民主评议', 10, '《最低生活保障审核确认办法》第十五条、第十六条', true]],
    keywords: '低保',
  },
  {
    name: '困难残疾人生活补贴和重度残疾人护理补贴申请受理',
    dept: 'tmz',
    type: '行政给付',
    kind: 'reported',
    days: [null, 15],
    basis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    conditions: '低保家庭中的残疾人，以及残疾等级为一级、二级且需要长期照护的重度残疾人，向户籍所在地乡镇提出申请。',
    materials: ['残疾人两项补贴申请审批表', '原:第二代中华人民共和国残疾人证', '原:居民户口簿'],
    result: '初审意见（报县民政局审定）',
    events: ['disability'],
    reportTo: '东岭县民政局',
  },
  {
    name: '农村村民宅基地和建房（规划许可）审批',
    dept: 'tny',
    type: '行政许可',
    kind: 'joint',
    days: [20, 15],
    basis:
      '《中华人民共和国土地管理法》第六十二条；《中华人民共和国城乡规划法》第四十一条；《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
    conditions: '农村村民一户只能拥有一处宅基地，面积不得超过省规定的标准；建房选址符合国土空间规划和村庄规划。',
    materials: [
      '农村宅基地和建房（规划许可）申请表',
      '农村宅基地使用承诺书',
      '原:申请人居民户口簿、居民身份证',
      '村民小组会议记录? ',
      '复:建房设计图或者通用图',
    ],
    result: '农村宅基地批准书、乡村建设规划许可证',
    events: ['housing'],
    joint: ['tzr'],
    special: [
      [
        '实地审查（联审联办）',
        5,
        '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
        true,
      ],
      ['村级公示', 5, '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）', false],
    ],
    keywords: '建房 宅基地',
  },
  {
    name: '农村土地经营权流转合同备案',
    dept: 'tny',
    type: '其他行政权力',
    kind: 'immediate',
    days: [null, 0],
    basis: '《中华人民共和国农村土地承包法》第三十六条；《农村土地经营权流转管理办法》第二十一条',
    conditions: '承包方流转土地经营权的，向发包方备案；乡镇农村经营管理部门对流转合同进行指导和备案登记。',
    materials: ['土地经营权流转合同', '原复:流转双方身份证明'],
    result: '流转合同备案登记',
  },
];

/** Items a township also carries from the county catalog, re-pointed at its own offices. */
export const TOWNSHIP_SHARED: { name: string; dept: 'tshb' }[] = [
  { name: '城乡居民基本养老保险参保登记', dept: 'tshb' },
  { name: '城乡居民基本医疗保险参保登记', dept: 'tshb' },
];

/** Items of 西川县 (county B), taken from the catalog. */
export const COUNTY_B_ITEM_NAMES = [
  '个体工商户设立登记',
  '有限责任公司设立登记',
  '食品经营许可',
  '居民身份证换领、补领',
  '出生登记',
  '社会保障卡申领',
  '失业保险金申领',
  '城乡居民基本医疗保险参保登记',
  '不动产首次登记',
  '不动产转移登记（存量房买卖）',
  '住房公积金提取',
  '建筑工程施工许可证核发',
  '道路货物运输经营许可',
  '结婚登记',
  '最低生活保障审批',
  '法律援助申请',
];

/** Items of the city hall, with what differs at city level. */
export const CITY_ITEMS: { name: string; change?: Partial<ItemSpec> }[] = [
  { name: '有限责任公司设立登记' },
  { name: '食品经营许可' },
  { name: '普通护照签发' },
  { name: '往来港澳通行证及签注签发' },
  { name: '人力资源服务许可' },
  { name: '劳务派遣经营许可' },
  { name: '建设工程规划许可证核发' },
  { name: '建设项目用地预审与选址意见书核发' },
  { name: '商品房预售许可' },
  { name: '不动产首次登记' },
  { name: '住房公积金个人住房贷款' },
  { name: '建设项目环境影响报告书审批', change: { kind: 'promised', reportTo: undefined } },
  { name: '道路旅客运输经营许可' },
  { name: '医师执业注册' },
];

/** 县A items left unpublished on purpose, some of them incomplete, so the console has work to show. */
export const COUNTY_A_DRAFTS: Record<string, (g: ItemGuide) => ItemGuide> = {
  营业性演出许可: (g) => ({ ...g, responsiblePerson: '' }),
  宗教临时活动地点审批: (g) => ({ ...g, location: '' }),
  管道燃气开户报装: (g) => g, // fee basis missing in the spec
  技术合同认定登记: (g) => g,
  企业技术改造项目备案: (g) => g,
  粮食收购企业备案: (g) => g,
};

/** 县A items with an older published version: the spec as version 1 had it (version 2 is current). */
export const COUNTY_A_REVISED: Record<string, (s: ItemSpec) => ItemSpec> = {
  食品经营许可: (s) => ({
    ...s,
    days: [s.days[0], 8],
    materials: [...s.materials, '复:食品安全管理人员培训合格证明'],
  }),
  建筑工程施工许可证核发: (s) => ({ ...s, days: [s.days[0], 5], online: false, visits: 2 }),
  '不动产转移登记（存量房买卖）': (s) => ({ ...s, days: [s.days[0], 5] }),
};

/** A published 县A item whose draft was edited after publishing (draft_dirty): the edited spec. */
export const COUNTY_A_DIRTY: Record<string, (s: ItemSpec) => ItemSpec> = {
  道路旅客运输经营许可: (s) => ({ ...s, days: [s.days[0], 7] }),
};
