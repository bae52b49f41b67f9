import type {
  PublicDepartment,
  PublicEvent,
  PublicFees,
  PublicHall,
  PublicItemRow,
  PublicVersion,
  PublishedGuideView,
} from './types';

/** Sample public API answers shaped as in docs/api-plan.md; used by the web tests and screenshot runs. */

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  sessions: [
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:30' },
  ],
}));

export const fixtureHalls: PublicHall[] = [
  {
    id: 'h-city',
    name: '清溪市政务服务中心',
    level: 'city',
    parentId: null,
    divisionCode: '350100',
    address: '清溪市鼓楼区政务大道 1 号',
    phone: '0591-12345678',
    openingHours: weekdays,
  },
  {
    id: 'h-county',
    name: '清溪市云岭县行政服务中心',
    level: 'county',
    parentId: 'h-city',
    divisionCode: '350121',
    address: '云岭县城关镇人民路 88 号行政服务中心一楼',
    phone: '0591-22334455',
    openingHours: [...weekdays, { weekday: 6, sessions: [{ start: '09:00', end: '12:00' }] }],
  },
  {
    id: 'h-town',
    name: '云岭县城关镇便民服务中心',
    level: 'township',
    parentId: 'h-county',
    divisionCode: '350121100',
    address: '城关镇解放街 12 号',
    phone: '0591-22331100',
    openingHours: weekdays,
  },
];

export const fixtureDepartments: PublicDepartment[] = [
  { id: 'd-market', name: '县市场监督管理局', residency: 'resident', itemCount: 12 },
  { id: 'd-hr', name: '县人力资源和社会保障局', residency: 'resident', itemCount: 9 },
  { id: 'd-civil', name: '县民政局', residency: 'resident', itemCount: 6 },
  { id: 'd-housing', name: '县住房和城乡建设局', residency: 'appointment', itemCount: 4 },
  { id: 'd-police', name: '县公安局', residency: 'resident', itemCount: 8 },
];

export const fixtureEvents: PublicEvent[] = [
  { code: 'birth', name: '新生儿出生', kind: 'life', itemCount: 4 },
  { code: 'marriage', name: '婚姻登记', kind: 'life', itemCount: 3 },
  { code: 'social_security', name: '社保医保', kind: 'life', itemCount: 7 },
  { code: 'retirement', name: '退休养老', kind: 'life', itemCount: 2 },
  { code: 'death', name: '身后事', kind: 'life', itemCount: 0 },
  { code: 'business_start', name: '开办企业', kind: 'enterprise', itemCount: 6 },
  { code: 'business_change', name: '企业变更', kind: 'enterprise', itemCount: 3 },
  { code: 'food_business', name: '餐饮食品经营', kind: 'enterprise', itemCount: 2 },
];

export const fixtureItems: PublicItemRow[] = [
  {
    id: 'i-gtgsh',
    code: 'XK-350121-001',
    name: '个体工商户设立登记',
    department: '县市场监督管理局',
    departmentId: 'd-market',
    kind: 'immediate',
    type: '行政许可',
    visits: 1,
    online: true,
    promisedDays: 0,
    statutoryDays: 15,
  },
  {
    id: 'i-food',
    code: 'XK-350121-014',
    name: '食品经营许可证核发',
    department: '县市场监督管理局',
    departmentId: 'd-market',
    kind: 'promised',
    type: '行政许可',
    visits: 1,
    online: true,
    promisedDays: 5,
    statutoryDays: 20,
  },
  {
    id: 'i-pension',
    code: 'GG-350121-031',
    name: '城乡居民养老保险参保登记',
    department: '县人力资源和社会保障局',
    departmentId: 'd-hr',
    kind: 'immediate',
    type: '公共服务',
    visits: 0,
    online: true,
    promisedDays: 0,
    statutoryDays: null,
  },
  {
    id: 'i-construct',
    code: 'XK-350121-052',
    name: '建筑工程施工许可证核发',
    department: '县住房和城乡建设局',
    departmentId: 'd-housing',
    kind: 'joint',
    type: '行政许可',
    visits: 2,
    online: false,
    promisedDays: 3,
    statutoryDays: 15,
  },
];

export const fixtureGuide: PublishedGuideView = {
  id: 'i-food',
  hallId: 'h-county',
  version: 3,
  publishedAt: '2026-11-20T02:30:00.000Z',
  code: 'XK-350121-014',
  basicCode: 'XK-014',
  name: '食品经营许可证核发',
  type: '行政许可',
  kind: 'promised',
  departmentId: 'd-market',
  statutoryDays: 20,
  promisedDays: 5,
  legalBasis:
    '1.《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。\n2.《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第九条。',
  conditions:
    '1. 具有与经营的食品品种、数量相适应的经营场所，保持该场所环境整洁；\n2. 具有食品安全管理人员以及保证食品安全的规章制度；\n3. 具有合理的设备布局和工艺流程。',
  materials: [
    {
      name: '食品经营许可申请书',
      form: 'original',
      count: 1,
      required: true,
      note: '申请人签字或盖章',
      templateFileId: 'f1',
      sampleFileId: 'f2',
      templateUrl: '/api/v1/public/files/f1',
      sampleUrl: '/api/v1/public/files/f2',
    },
    {
      name: '营业执照',
      form: 'copy',
      count: 1,
      required: true,
      note: '',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
    {
      name: '与食品经营相适应的主要设备设施布局、操作流程等文件',
      form: 'original',
      count: 1,
      required: true,
      note: '',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
    {
      name: '食品安全自查、从业人员健康管理等制度',
      form: 'original',
      count: 1,
      required: true,
      note: '',
      templateFileId: 'f3',
      sampleFileId: null,
      templateUrl: '/api/v1/public/files/f3',
      sampleUrl: null,
    },
    {
      name: '委托代理人身份证明及授权委托书',
      form: 'original_and_copy',
      count: 1,
      required: false,
      note: '委托他人办理时提供',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
  ],
  steps: [
    { name: '受理', role: '窗口受理人员', days: 0, description: '当场核对材料，材料齐全的出具受理通知书' },
    { name: '审查', role: '科室审核人员', days: 2, description: '' },
    { name: '现场核查', role: '核查人员', days: 2, description: '' },
    { name: '决定', role: '首席代表', days: 1, description: '' },
  ],
  feeFree: true,
  feeStandard: '',
  feeBasis: '',
  specialProcedures: [
    {
      name: '现场核查',
      days: 10,
      basis: '《食品经营许可和备案管理办法》第二十三条',
      charged: false,
      countedInLimit: false,
    },
  ],
  location: '云岭县行政服务中心一楼市场监管窗口（12—14号）',
  hours: '周一至周五 8:30—12:00，14:30—17:30（法定节假日除外）',
  phone: '0591-22330014',
  complaintPhone: '12345',
  responsiblePerson: '王明（首席代表）',
  result: '食品经营许可证',
  visits: 1,
  online: true,
  onlineUrl: 'https://zwfw.example.gov.cn/item/XK-350121-014',
  handledAt: 'hall',
  events: ['food_business'],
  reportTo: '',
  departmentName: '县市场监督管理局',
  hallName: '清溪市云岭县行政服务中心',
  disclosures: {
    item: '食品经营许可证核发（行政许可，承诺件，实施机关：县市场监督管理局）',
    materials:
      '食品经营许可申请书；营业执照；与食品经营相适应的主要设备设施布局、操作流程等文件；食品安全自查、从业人员健康管理等制度；委托代理人身份证明及授权委托书',
    procedure: '受理 → 审查 → 现场核查 → 决定',
    timeLimit: '承诺时限：自受理之日起5个工作日内办结；法定时限：20个工作日',
    feeStandard: '不收费',
    feeBasis: '本事项不收费',
    location: '云岭县行政服务中心一楼市场监管窗口（12—14号）',
    phone: '0591-22330014',
    responsiblePerson: '王明（首席代表）',
  },
};

export const fixtureVersions: PublicVersion[] = [
  { version: 1, publishedAt: '2026-03-02T01:00:00.000Z' },
  { version: 2, publishedAt: '2026-07-15T06:00:00.000Z' },
  { version: 3, publishedAt: '2026-11-20T02:30:00.000Z' },
];

/** The food licence keeps no fee catalog: the guide's own fee text applies. */
export const fixtureNoCatalog: PublicFees = {
  itemId: 'i-food',
  version: null,
  hasCatalog: false,
  feeFree: false,
  lines: [],
  standardText: '',
  basisText: '',
};

/** A current fee catalog of two lines (one per-unit with a cap, one waivable). */
export const fixtureCatalog: PublicFees = {
  itemId: 'i-food',
  version: 2,
  hasCatalog: true,
  feeFree: false,
  lines: [
    {
      code: 'F01',
      name: '住宅类不动产登记费',
      category: 'administrative',
      categoryLabel: '行政事业性收费',
      standardText: '¥80.00',
      basis: '发改价格规〔2016〕2559号',
      receivingDepartmentName: '东岭县不动产登记中心',
      waivable: true,
      waiverRules: '小微企业免收',
      waiverBasis: '财税〔2016〕79号',
    },
    {
      code: 'F02',
      name: '不动产权属证书工本费',
      category: 'administrative',
      categoryLabel: '行政事业性收费',
      standardText: '每本¥10.00，封顶¥100.00',
      basis: '发改价格规〔2016〕2559号',
      receivingDepartmentName: '东岭县不动产登记中心',
      waivable: false,
      waiverRules: '',
      waiverBasis: '',
    },
  ],
  standardText: '住宅类不动产登记费：¥80.00；不动产权属证书工本费：每本¥10.00，封顶¥100.00',
  basisText: '发改价格规〔2016〕2559号',
};

/** Route → answer of a fake public API (exact path+query match, else 404 problem). */
export function fixtureAnswer(url: string): { status: number; body: unknown } {
  const u = new URL(url, 'http://x');
  const path = u.pathname;
  const q = u.searchParams;
  const halls = '/api/v1/public/halls';
  if (path === halls) return { status: 200, body: fixtureHalls };
  const hallMatch = path.match(/^\/api\/v1\/public\/halls\/([^/]+)(\/.*)?$/);
  if (hallMatch) {
    const hall = fixtureHalls.find((h) => h.id === hallMatch[1]);
    if (!hall) return notFound('大厅不存在');
    const rest = hallMatch[2] ?? '';
    if (rest === '') return { status: 200, body: hall };
    if (rest === '/departments') return { status: 200, body: fixtureDepartments };
    if (rest === '/events') return { status: 200, body: fixtureEvents };
    if (rest === '/items') {
      const text = (q.get('q') ?? '').toLowerCase();
      const dept = q.get('departmentId');
      const event = q.get('event');
      const body = fixtureItems.filter(
        (i) =>
          (!text || i.name.includes(text) || i.department.includes(text) || i.code.toLowerCase().includes(text)) &&
          (!dept || i.departmentId === dept) &&
          (!event || (event === 'food_business' ? i.id === 'i-food' : event === 'business_start')),
      );
      return { status: 200, body };
    }
  }
  const feesMatch = path.match(/^\/api\/v1\/public\/items\/([^/]+)\/fees$/);
  if (feesMatch) {
    if (feesMatch[1] !== fixtureGuide.id) return notFound('事项不存在或尚未公开');
    return { status: 200, body: fixtureNoCatalog };
  }
  const itemMatch = path.match(/^\/api\/v1\/public\/items\/([^/]+)(?:\/versions(?:\/(\d+))?)?$/);
  if (itemMatch) {
    if (itemMatch[1] !== fixtureGuide.id) return notFound('事项不存在或尚未公开');
    if (path.endsWith('/versions')) return { status: 200, body: fixtureVersions };
    if (itemMatch[2]) {
      const v = Number(itemMatch[2]);
      const known = fixtureVersions.find((x) => x.version === v);
      if (!known) return notFound('该版本不存在');
      return { status: 200, body: { ...fixtureGuide, version: v, publishedAt: known.publishedAt } };
    }
    return { status: 200, body: fixtureGuide };
  }
  return notFound('资源不存在');
}

function notFound(detail: string) {
  return {
    status: 404,
    body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail },
  };
}
