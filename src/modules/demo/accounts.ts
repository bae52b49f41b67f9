import type { Role } from '../../domain/roles.js';
import type { HallKey } from './content/halls.js';
import type { DeptKey } from './content/specs.js';

/** How a demo account is tied into the organisation. */
export type DemoAccountLink =
  | { kind: 'none' }
  /** the staff member working at this window number today */
  | { kind: 'window'; window: number }
  /** the chief representative 首席代表 of this department */
  | { kind: 'chief'; dept: DeptKey }
  /** the approver 审批员 of this department */
  | { kind: 'approver'; dept: DeptKey };

export interface DemoAccount {
  username: string;
  roles: Role[];
  hall: HallKey;
  hallName: string;
  /** what to try with it (Chinese, for the README and the login page) */
  purpose: string;
  link: DemoAccountLink;
}

/** The demo accounts. All share `DEMO_PASSWORD` (src/domain/password.ts) and are flagged `is_demo`. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    roles: ['admin'],
    hall: 'city',
    hallName: '清源市政务服务中心',
    purpose: '系统管理员：管理全部大厅和账号，查看审计日志',
    link: { kind: 'none' },
  },
  {
    username: 'city.manager',
    roles: ['hall_manager'],
    hall: 'city',
    hallName: '清源市政务服务中心',
    purpose: '市政务服务中心管理办公室：管理市本级及下辖县、乡镇大厅',
    link: { kind: 'none' },
  },
  {
    username: 'county.manager',
    roles: ['hall_manager'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县政务服务中心管理办公室：维护部门、窗口、人员和事项，发布办事指南',
    link: { kind: 'none' },
  },
  {
    username: 'county.staff',
    roles: ['window_staff'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县 2 号企业开办综合受理窗口工作人员',
    link: { kind: 'window', window: 2 },
  },
  {
    username: 'county.supervisor',
    roles: ['supervisor'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县监察督查：查看部门进驻、窗口人员稳定性和审计日志（只读）',
    link: { kind: 'none' },
  },
  {
    username: 'county.approver',
    roles: ['approver'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县市场监督管理局审批员',
    link: { kind: 'approver', dept: 'scjg' },
  },
  {
    username: 'county.chief',
    roles: ['chief_rep'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县市场监督管理局驻厅首席代表',
    link: { kind: 'chief', dept: 'scjg' },
  },
  {
    username: 'other.staff',
    roles: ['window_staff'],
    hall: 'countyB',
    hallName: '西川县政务服务中心',
    purpose: '西川县 2 号综合受理窗口工作人员（用于验证跨县数据隔离）',
    link: { kind: 'window', window: 2 },
  },
  {
    username: 'other.manager',
    roles: ['hall_manager'],
    hall: 'countyB',
    hallName: '西川县政务服务中心',
    purpose: '西川县政务服务中心管理办公室（用于验证跨县数据隔离）',
    link: { kind: 'none' },
  },
  {
    username: 'town.staff',
    roles: ['window_staff'],
    hall: 'townA1',
    hallName: '东岭县石桥镇便民服务中心',
    purpose: '东岭县石桥镇便民服务中心 1 号综合受理窗口工作人员',
    link: { kind: 'window', window: 1 },
  },
  {
    username: 'county.cashier',
    roles: ['cashier'],
    hall: 'countyA',
    hallName: '东岭县政务服务中心',
    purpose: '东岭县政务服务中心银行收费窗口收费员：按缴费通知单收费、打印票据、申请退费、部门日结',
    link: { kind: 'none' },
  },
];
