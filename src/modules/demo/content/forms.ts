/** Application forms 申请表 generated as .xlsx templates for the guides' first material. */

export interface FormSpec {
  title: string;
  /** who fills it in: a person 自然人 or an organisation 单位 */
  applicant: 'person' | 'org';
  /** item-specific fields, laid out two to a row */
  fields: string[];
  /** a free-text box (label) below the fields */
  box?: string;
  /** extra notes printed under the declaration */
  notes?: string[];
}

export const PERSON_FIELDS = ['姓名', '性别', '民族', '出生日期', '公民身份号码', '联系电话', '户籍地址', '现居住地址'];
export const ORG_FIELDS = [
  '单位名称',
  '统一社会信用代码',
  '法定代表人（负责人）',
  '联系电话',
  '经办人',
  '经办人身份证号码',
  '住所（经营场所）',
  '邮政编码',
];

export const FORMS: Record<string, FormSpec> = {
  individual: {
    title: '个体工商户登记（备案）申请书',
    applicant: 'person',
    fields: ['个体工商户名称', '组成形式（个人/家庭）', '经营场所', '从业人数', '资金数额（万元）', '是否申领纸质执照'],
    box: '经营范围',
    notes: ['经营者应当对申请材料的真实性负责；名称可自主申报，也可不使用名称。'],
  },
  company: {
    title: '公司登记（备案）申请书',
    applicant: 'org',
    fields: [
      '公司名称',
      '公司类型',
      '注册资本（万元）',
      '营业期限',
      '股东（发起人）人数',
      '登记联络员',
      '财务负责人',
      '是否申请刻制印章',
    ],
    box: '经营范围',
  },
  food: {
    title: '食品经营许可申请书',
    applicant: 'org',
    fields: ['经营者名称', '食品安全管理人员', '经营场所面积（㎡）', '仓库地址', '主体业态', '网络经营网址（如有）'],
    box: '经营项目（预包装食品销售、散装食品销售、热食类食品制售等）',
  },
  huji: {
    title: '户口迁移申请表',
    applicant: 'person',
    fields: ['迁出地址', '迁入地址', '迁移原因', '同迁人数', '与户主关系', '合法稳定住所类型'],
    box: '同迁人员姓名及公民身份号码',
  },
  sscard: {
    title: '社会保障卡申领登记表',
    applicant: 'person',
    fields: ['职业', '申领类型（首次/补领/换领）', '邮寄地址（如需寄递）', '监护人姓名（未成年人填写）'],
    notes: ['首次申领免费；现场可采集照片，即时制卡。'],
  },
  unemployment: {
    title: '失业保险金申领登记表',
    applicant: 'person',
    fields: ['原工作单位', '参保缴费起止时间', '解除劳动关系日期', '失业原因', '社会保障卡号', '开户银行'],
    box: '求职意向',
  },
  pension: {
    title: '城乡居民基本养老保险参保登记表',
    applicant: 'person',
    fields: ['户籍性质', '参保身份（一般/低保/特困/重度残疾）', '缴费档次（元/年）', '银行账号'],
  },
  injury: {
    title: '工伤认定申请表',
    applicant: 'person',
    fields: ['用人单位', '单位联系电话', '事故时间', '事故地点', '职业、工种或者工作岗位', '诊断时间'],
    box: '受伤害经过简述（写清事故时间、地点、当时所从事的工作、受伤害的原因以及伤害部位和程度）',
  },
  disability: {
    title: '残疾人证申请表',
    applicant: 'person',
    fields: ['申请残疾类别', '致残原因', '致残时间', '监护人或者代理人', '与申请人关系', '监护人联系电话'],
  },
  legalaid: {
    title: '法律援助申请表',
    applicant: 'person',
    fields: ['工作单位', '家庭人口', '家庭人均月收入（元）', '对方当事人', '案件类型', '代理人（如有）'],
    box: '案情及申请理由概述',
  },
  dibao: {
    title: '最低生活保障申请书',
    applicant: 'person',
    fields: ['家庭人口', '家庭月总收入（元）', '住房情况', '是否有机动车', '开户银行', '银行账号'],
    box: '申请理由（家庭困难情况）',
  },
  construction: {
    title: '建筑工程施工许可证申请表',
    applicant: 'org',
    fields: [
      '工程名称',
      '建设地址',
      '建设规模（㎡）',
      '合同价格（万元）',
      '合同开工日期',
      '合同竣工日期',
      '施工单位',
      '监理单位',
    ],
  },
  drainage: {
    title: '城镇污水排入排水管网许可申请表',
    applicant: 'org',
    fields: ['排水户类型', '排水地址', '日排水量（m³）', '排放口数量', '预处理设施', '接入管网位置'],
    box: '主要污染物及排放浓度',
  },
  realEstate: {
    title: '不动产登记申请书',
    applicant: 'person',
    fields: [
      '登记类型',
      '不动产坐落',
      '不动产单元号',
      '面积（㎡）',
      '用途',
      '权利类型',
      '共有情况',
      '原不动产权证书号',
    ],
    box: '申请登记事由',
  },
  realEstateTransfer: {
    title: '不动产登记申请书（转移登记）',
    applicant: 'person',
    fields: [
      '义务人（卖方）',
      '义务人证件号码',
      '权利人（买方）',
      '权利人证件号码',
      '不动产坐落',
      '不动产单元号',
      '成交价格（万元）',
      '原不动产权证书号',
    ],
  },
  fundWithdrawal: {
    title: '住房公积金提取申请表',
    applicant: 'person',
    fields: ['个人公积金账号', '单位名称', '提取原因', '提取金额（元）', '收款银行', '收款账号'],
  },
  eia: {
    title: '建设项目环境影响评价文件审批申请表',
    applicant: 'org',
    fields: ['项目名称', '建设地点', '总投资（万元）', '环保投资（万元）', '行业类别', '环评文件编制单位'],
    box: '主要建设内容及规模',
  },
  roadDig: {
    title: '城市道路挖掘（占用）申请表',
    applicant: 'org',
    fields: [
      '道路名称',
      '挖掘（占用）地点',
      '挖掘面积（㎡）',
      '路面结构',
      '起止日期',
      '施工单位',
      '现场负责人',
      '负责人电话',
    ],
    box: '挖掘（占用）原因',
  },
  passengerTransport: {
    title: '道路旅客运输经营申请表',
    applicant: 'org',
    fields: ['申请经营范围', '拟投入客车数量', '客车类型等级', '驾驶人员数量', '安全管理人员', '停车场地址'],
  },
};
