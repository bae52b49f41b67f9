/** Wording and choices of the case demo: which events mean enterprise applicants, reasons, defects, procedures. */

export const ENTERPRISE_EVENTS = new Set([
  'business_start',
  'business_change',
  'business_close',
  'construction',
  'food_business',
  'tax',
  'hiring',
  'environment',
  'transport',
]);
export const REJECT_REASONS: [string, string][] = [
  ['申请事项依法不属于本机关职权范围', '东岭县自然资源局'],
  ['申请事项依法不需要取得行政许可', ''],
  ['申请人不具备申请主体资格', ''],
  ['该事项已下放至乡镇便民服务中心办理', '东岭县石桥镇便民服务中心'],
];
export const DENY_REASONS = [
  '经现场核查，经营场所与申报内容不符，不符合法定条件',
  '申请人不符合申请条件中关于从业经历的要求',
  '经审查，申报的设施设备不符合相关技术规范',
];
export const DEFECTS = ['复印件不清晰，请提供清晰复印件', '缺少签字盖章', '证明已过有效期', '所填信息与身份证件不一致'];
export const SPECIAL = ['现场踏勘', '检验检测', '专家评审'];
export const APPROVE_REASON = '申请材料齐全，符合法定条件、标准';
