/** Roles (PRODUCT.md §1) and what each may do. One table; a new role cannot compile without a decision. */

export const ROLES = [
  'admin',
  'hall_manager',
  'supervisor',
  'window_staff',
  'approver',
  'chief_rep',
  'duty_leader',
  'agent',
  'cashier',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  hall_manager: '大厅管理办公室',
  supervisor: '监察督查',
  window_staff: '窗口工作人员',
  approver: '部门审批人',
  chief_rep: '首席代表',
  duty_leader: '值班长',
  agent: '代办员',
  cashier: '收费员（银行收费窗口）',
};

export const PERMISSIONS = [
  'hall.read',
  'hall.manage', // create / edit halls in the tree
  'org.read', // departments, windows, staff
  'org.manage',
  'catalog.read', // items incl. drafts
  'catalog.manage', // edit items
  'catalog.publish',
  'user.read',
  'user.manage',
  'audit.read',
  'queue.configure', // business types, window ↔ type, queue and appointment settings
  'queue.operate', // work a window: call, recall, no-show, transfer, priority, finish (own windows only)
  'queue.monitor', // live floor view, queue statistics, appointment lists
  'case.read', // cases of the hall (masked applicant data)
  'case.receive', // 收件/受理/补正/不予受理/即办/出件 at a window
  'case.review', // work review steps and joint sub-tasks of one's department; pause/resume; request extensions
  'case.approve_extension', // approve 延期 (department head / chief representative)
  'case.view_personal', // see full ID numbers and phones of applicants (each view audited)
  'ledger.read', // 办件台账, on-time statistics, Excel export
  'supervision.issue', // issue red/yellow cards, close them
  'supervision.respond', // answer cards addressed to one's unit
  'supervision.configure', // the hall's colour thresholds 红黄灯阈值
  'fee.read', // fee catalogs, payment notices, payments, waivers, refunds, settlements (统一收费)
  'fee.catalog', // edit an item's fee catalog 收费目录 (each change is a new version)
  'fee.notice', // issue / edit / cancel payment notices 缴费通知单, request waivers 减免
  'fee.collect', // record payments at the bank window, request refunds
  'fee.waive_approve', // approve waivers / reductions (approver name + document number)
  'fee.refund_approve', // approve refunds
  'fee.settle', // close a department's day 日结
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS = {
  admin: [
    'hall.read',
    'hall.manage',
    'org.read',
    'org.manage',
    'catalog.read',
    'catalog.manage',
    'catalog.publish',
    'user.read',
    'user.manage',
    'audit.read',
    'queue.configure',
    'queue.monitor',
    'case.read',
    'ledger.read',
    'fee.read',
    'fee.catalog',
  ],
  hall_manager: [
    'hall.read',
    'org.read',
    'org.manage',
    'catalog.read',
    'catalog.manage',
    'catalog.publish',
    'user.read',
    'queue.configure',
    'queue.monitor',
    'case.read',
    'ledger.read',
    'supervision.respond',
    'supervision.configure',
    'fee.read',
    'fee.catalog',
    'fee.waive_approve',
    'fee.refund_approve',
    'fee.settle',
  ],
  supervisor: [
    'hall.read',
    'org.read',
    'catalog.read',
    'user.read',
    'audit.read',
    'queue.monitor',
    'case.read',
    'case.view_personal',
    'ledger.read',
    'supervision.issue',
    'fee.read',
  ],
  window_staff: [
    'hall.read',
    'org.read',
    'catalog.read',
    'queue.operate',
    'case.read',
    'case.receive',
    'case.view_personal',
    'fee.read',
    'fee.notice',
  ],
  approver: ['hall.read', 'org.read', 'catalog.read', 'case.read', 'case.review', 'case.view_personal'],
  chief_rep: [
    'hall.read',
    'org.read',
    'catalog.read',
    'queue.operate',
    'queue.monitor',
    'case.read',
    'case.receive',
    'case.review',
    'case.approve_extension',
    'case.view_personal',
    'ledger.read',
    'supervision.respond',
    'fee.read',
    'fee.notice',
    'fee.waive_approve',
  ],
  duty_leader: ['hall.read', 'org.read', 'catalog.read', 'queue.operate', 'queue.monitor', 'case.read', 'fee.read'],
  agent: ['hall.read', 'catalog.read', 'case.read'],
  /** the bank's counter in the hall: collects every fee of the hall's items ("一个漏斗") */
  cashier: ['hall.read', 'org.read', 'catalog.read', 'fee.read', 'fee.collect', 'fee.settle'],
} as const satisfies Record<Role, readonly Permission[]>;

/** Roles whose reach is the whole subtree below their hall; everyone else sees only their own hall. */
export const SUBTREE_ROLES: readonly Role[] = ['admin', 'hall_manager', 'supervisor'];

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r]) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], p: Permission): boolean {
  return roles.some((r) => (ROLE_PERMISSIONS[r] as readonly Permission[]).includes(p));
}

export function reachesSubtree(roles: readonly Role[]): boolean {
  return roles.some((r) => SUBTREE_ROLES.includes(r));
}
