import type { FeeAnomaly } from '../types';

/** Fee anomalies 收费异常 of the supervision page's jsdom tests (only *.test.tsx import this file). */

export const PROBLEM = '收费事项已办结，但统一收费窗口没有收款记录（疑似在部门自行收费或未经审批减免）';
export const ANOMALIES: FeeAnomaly[] = [
  {
    caseId: 'c-fee1',
    caseNumber: 'QY202611030007',
    itemId: 'i-bdc',
    itemName: '不动产转移登记（存量房买卖）',
    departmentId: 'd-zrzy',
    departmentName: '县自然资源局',
    status: 'delivered',
    decidedOn: '2026-11-05',
    deliveredOn: '2026-11-06',
    problem: 'no_unified_payment',
    problemLabel: PROBLEM,
    card: null,
  },
  {
    caseId: 'c-fee2',
    caseNumber: 'QY202611010002',
    itemId: 'i-hz',
    itemName: '普通护照签发',
    departmentId: 'd-scjg',
    departmentName: '县市场监督管理局',
    status: 'closed',
    decidedOn: '2026-11-02',
    deliveredOn: null,
    problem: 'no_unified_payment',
    problemLabel: PROBLEM,
    card: { id: 'card9', color: 'red', status: 'open', issuedAt: '2026-11-20T02:00:00.000Z' },
  },
];
