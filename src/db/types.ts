import type { Insertable, Selectable, Updateable } from 'kysely';

/** Row shapes as stored: text ids, ISO text timestamps, 0/1 booleans, JSON as text. */
export interface HallTable {
  id: string;
  parent_id: string | null;
  path: string;
  name: string;
  short_name: string | null;
  level: string;
  division_code: string;
  code: string;
  address: string;
  phone: string;
  opening_hours: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentTable {
  id: string;
  hall_id: string;
  name: string;
  short_name: string;
  residency: string;
  residency_since: string;
  chief_representative: string;
  power_immediate: number;
  power_promised: number;
  power_joint: number;
  power_reported: number;
  delegation_letter_no: string;
  delegation_date: string | null;
  contact_person: string;
  contact_phone: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentResidencyHistoryTable {
  id: string;
  hall_id: string;
  department_id: string;
  residency: string;
  effective_on: string;
  reason: string;
  recorded_by: string | null;
  created_at: string;
}

export interface WindowTable {
  id: string;
  hall_id: string;
  number: string;
  name: string;
  kind: string;
  status: string;
  department_ids: string;
  created_at: string;
  updated_at: string;
}

export interface StaffTable {
  id: string;
  hall_id: string;
  department_id: string | null;
  name: string;
  employee_no: string;
  post: string;
  title: string;
  duties: string;
  phone: string;
  photo: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface StaffWindowAssignmentTable {
  id: string;
  hall_id: string;
  staff_id: string;
  window_id: string;
  from_date: string;
  to_date: string | null;
  created_at: string;
}

export interface ItemTable {
  id: string;
  hall_id: string;
  department_id: string;
  code: string;
  basic_code: string;
  name: string;
  draft: string;
  entry_status: string;
  published_version: number | null;
  draft_dirty: number;
  row_version: number;
  created_at: string;
  updated_at: string;
}

export interface ItemVersionTable {
  id: string;
  hall_id: string;
  item_id: string;
  version: number;
  name: string;
  department_id: string;
  kind: string;
  search_text: string;
  guide: string;
  is_current: number;
  published_at: string;
  published_by: string | null;
}

export interface ItemEventTable {
  hall_id: string;
  item_id: string;
  event_code: string;
}

export interface FileTable {
  id: string;
  hall_id: string;
  owner_type: string;
  owner_id: string;
  filename: string;
  mime: string;
  size: number;
  content_base64: string;
  sha256: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  hall_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string;
  staff_id: string | null;
  department_id: string | null;
  is_demo: number;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface AuditLogTable {
  id: string;
  seq: number;
  at: string;
  hall_id: string | null;
  hall_path: string | null;
  actor_id: string | null;
  actor_username: string | null;
  ip: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface BusinessTypeTable {
  id: string;
  hall_id: string;
  name: string;
  prefix: string;
  description: string;
  daily_cap: number;
  take_hours: string;
  avg_service_minutes: number;
  active: number;
  sort_order: number;
  bookable: number;
  slot_minutes: number;
  slot_capacity: number;
  created_at: string;
  updated_at: string;
}

export interface WindowBusinessTypeTable {
  hall_id: string;
  window_id: string;
  business_type_id: string;
  preferred: number;
}

export interface QueueSettingsTable {
  hall_id: string;
  recall_limit: number;
  booking_days: number;
  booking_close_minutes: number;
  cancel_close_minutes: number;
  no_show_after_minutes: number;
  no_show_block_count: number;
  no_show_window_days: number;
  block_days: number;
  updated_at: string;
}

export interface TicketCounterTable {
  hall_id: string;
  business_type_id: string;
  service_date: string;
  last_seq: number;
  /** take time of the latest number: a later number never gets an earlier take time (migration 014) */
  last_taken_at: string | null;
  /** waiting tickets of the type and day, kept by triggers on `tickets` (migration 015) */
  waiting: number;
}

export interface TicketTable {
  id: string;
  hall_id: string;
  business_type_id: string;
  original_business_type_id: string;
  service_date: string;
  seq: number;
  number: string;
  status: string;
  source: string;
  id_number: string | null;
  phone: string | null;
  priority: number;
  priority_reason: string | null;
  transferred: number;
  target_window_id: string | null;
  appointment_id: string | null;
  slot_start_at: string | null;
  taken_at: string;
  called_at: string | null;
  window_id: string | null;
  staff_user_id: string | null;
  recall_count: number;
  serving_at: string | null;
  finished_at: string | null;
  end_reason: string | null;
  row_version: number;
  created_at: string;
  updated_at: string;
  /** staff user who issued it (null: kiosk, online); the row is the record of its creation (migration 015) */
  taken_by_user_id: string | null;
  /** address the request came from */
  taken_ip: string | null;
}

export interface TicketEventTable {
  id: string;
  hall_id: string;
  ticket_id: string;
  at: string;
  action: string;
  window_id: string | null;
  user_id: string | null;
  detail: string | null;
}

export interface WindowSessionTable {
  id: string;
  hall_id: string;
  window_id: string;
  user_id: string;
  staff_id: string | null;
  started_at: string;
  ended_at: string | null;
}

export interface AppointmentSlotTable {
  hall_id: string;
  business_type_id: string;
  service_date: string;
  slot_start: string;
  capacity: number;
  booked: number;
}

export interface AppointmentTable {
  id: string;
  hall_id: string;
  business_type_id: string;
  service_date: string;
  slot_start: string;
  slot_end: string;
  code: string;
  name: string;
  id_number: string;
  phone: string;
  status: string;
  live_key: string | null;
  ticket_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface BookingBlockTable {
  id: string;
  hall_id: string;
  id_number: string;
  blocked_until: string;
  reason: string;
  created_at: string;
}

export interface JobRunTable {
  job: string;
  run_key: string;
  started_at: string;
  finished_at: string | null;
  result: string | null;
}

export interface CaseCountersTable {
  hall_id: string;
  day: string;
  last_seq: number;
}

export interface CasesTable {
  id: string;
  hall_id: string;
  number: string;
  item_id: string;
  item_version: number;
  item_name: string;
  department_id: string;
  kind: string;
  applicant_type: string;
  applicant_name: string;
  applicant_id_number: string;
  legal_representative: string | null;
  contact_phone: string;
  agent_name: string | null;
  ticket_id: string | null;
  window_id: string | null;
  received_by: string | null;
  received_on: string;
  received_at: string;
  channel: string;
  status: string;
  complete_on: string | null;
  accepted_on: string | null;
  deemed_accepted: number;
  promised_days: number;
  statutory_days: number | null;
  extension_days: number;
  due_on: string | null;
  statutory_due_on: string | null;
  due_provisional: number;
  decision: string | null;
  decision_reason: string | null;
  decided_on: string | null;
  decided_by: string | null;
  delivery_method: string | null;
  delivery_detail: string | null;
  delivered_on: string | null;
  closed_on: string | null;
  on_time: number | null;
  working_days_used: number | null;
  parent_case_id: string | null;
  forwarded_to_hall_id: string | null;
  not_accepted_reason: string | null;
  redirect_to: string | null;
  row_version: number;
  created_at: string;
  updated_at: string;
}

export interface CaseMaterialsTable {
  id: string;
  hall_id: string;
  case_id: string;
  position: number;
  name: string;
  required: number;
  state: string;
  note: string;
}

export interface CaseTasksTable {
  id: string;
  hall_id: string;
  case_id: string;
  kind: string;
  position: number;
  name: string;
  role: string;
  department_id: string;
  days: number;
  status: string;
  started_on: string | null;
  due_on: string | null;
  finished_on: string | null;
  finished_by: string | null;
  opinion: string | null;
  outcome: string | null;
}

export interface CasePausesTable {
  id: string;
  hall_id: string;
  case_id: string;
  kind: string;
  name: string;
  reason: string;
  notice_no: string;
  started_on: string;
  ended_on: string | null;
  started_by: string | null;
  ended_by: string | null;
}

export interface CaseExtensionsTable {
  id: string;
  hall_id: string;
  case_id: string;
  days: number;
  reason: string;
  status: string;
  requested_by: string;
  requested_on: string;
  approver_name: string | null;
  approved_by: string | null;
  decided_on: string | null;
}

export interface CaseDocumentsTable {
  id: string;
  hall_id: string;
  case_id: string;
  kind: string;
  number: string;
  content: string;
  created_at: string;
  created_by: string | null;
}

export interface CaseEventsTable {
  id: string;
  hall_id: string;
  case_id: string;
  at: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  user_id: string | null;
  detail: string | null;
}

export interface SupervisionCardsTable {
  id: string;
  hall_id: string;
  case_id: string | null;
  department_id: string | null;
  color: string;
  trigger: string;
  description: string;
  issued_by: string;
  issued_at: string;
  status: string;
  response: string | null;
  responded_by: string | null;
  responded_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
}

export interface CaseWarningsTable {
  id: string;
  hall_id: string;
  case_id: string;
  task_id: string | null;
  level: string;
  raised_on: string;
  read_at: string | null;
  warn_key: string;
}

/** Per-hall thresholds of the supervision colours (migration 013); no row = the defaults. */
export interface SupervisionSettingsTable {
  hall_id: string;
  yellow_days_left: number;
  yellow_share_pct: number;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: string;
}

export interface Database {
  halls: HallTable;
  departments: DepartmentTable;
  department_residency_history: DepartmentResidencyHistoryTable;
  windows: WindowTable;
  staff: StaffTable;
  staff_window_assignments: StaffWindowAssignmentTable;
  items: ItemTable;
  item_versions: ItemVersionTable;
  item_events: ItemEventTable;
  files: FileTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  meta: MetaTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  business_types: BusinessTypeTable;
  window_business_types: WindowBusinessTypeTable;
  queue_settings: QueueSettingsTable;
  ticket_counters: TicketCounterTable;
  tickets: TicketTable;
  ticket_events: TicketEventTable;
  window_sessions: WindowSessionTable;
  appointment_slots: AppointmentSlotTable;
  appointments: AppointmentTable;
  booking_blocks: BookingBlockTable;
  job_runs: JobRunTable;
  case_counters: CaseCountersTable;
  cases: CasesTable;
  case_materials: CaseMaterialsTable;
  case_tasks: CaseTasksTable;
  case_pauses: CasePausesTable;
  case_extensions: CaseExtensionsTable;
  case_documents: CaseDocumentsTable;
  case_events: CaseEventsTable;
  supervision_cards: SupervisionCardsTable;
  case_warnings: CaseWarningsTable;
  supervision_settings: SupervisionSettingsTable;
  fee_catalog_versions: FeeCatalogVersionsTable;
  fee_lines: FeeLinesTable;
  fee_notice_counters: FeeNoticeCountersTable;
  fee_notices: FeeNoticesTable;
  fee_notice_lines: FeeNoticeLinesTable;
  fee_waivers: FeeWaiversTable;
  fee_payments: FeePaymentsTable;
  fee_refunds: FeeRefundsTable;
  fee_settlements: FeeSettlementsTable;
  fee_entries: FeeEntriesTable;
}

export type Hall = Selectable<HallTable>;
export type NewHall = Insertable<HallTable>;
export type Department = Selectable<DepartmentTable>;
export type Window = Selectable<WindowTable>;
export type Staff = Selectable<StaffTable>;
export type Item = Selectable<ItemTable>;
export type ItemUpdate = Updateable<ItemTable>;
export type ItemVersion = Selectable<ItemVersionTable>;
export type User = Selectable<UserTable>;
export type Session = Selectable<SessionTable>;

/** One year of a hall's working-day calendar (工作日历); primary key (hall_id, year). */
export interface CalendarYearTable {
  hall_id: string;
  year: number;
  /** official | provisional */
  status: string;
  source: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  version: number;
  updated_at: string;
}

/** A holiday or make-up workday of a hall's calendar; primary key (hall_id, date). */
export interface CalendarDayTable {
  hall_id: string;
  date: string;
  /** holiday | makeup */
  kind: string;
  name: string;
}

export type CalendarYearRow = Selectable<CalendarYearTable>;
export type CalendarDayRow = Selectable<CalendarDayTable>;

// Fees 统一收费 (migration 2026-11-26-012-fees): all money columns are integer fen (分).

/** One version of an item's fee catalog 收费目录. */
export interface FeeCatalogVersionsTable {
  id: string;
  hall_id: string;
  item_id: string;
  version: number;
  is_current: number;
  note: string;
  created_by: string | null;
  created_by_name: string;
  created_at: string;
}

/** A fee line of one catalog version. */
export interface FeeLinesTable {
  id: string;
  hall_id: string;
  catalog_version_id: string;
  item_id: string;
  position: number;
  code: string;
  name: string;
  /** administrative | service | fund */
  category: string;
  /** fixed | per_unit */
  mode: string;
  amount_fen: number | null;
  unit_price_fen: number | null;
  unit_name: string;
  cap_fen: number | null;
  basis: string;
  receiving_department_id: string;
  waivable: number;
  waiver_rules: string;
  waiver_basis: string;
}

export interface FeeNoticeCountersTable {
  hall_id: string;
  day: string;
  last_seq: number;
}

/** A payment notice 缴费通知单 of a case. */
export interface FeeNoticesTable {
  id: string;
  hall_id: string;
  number: string;
  case_id: string;
  case_number: string;
  item_id: string;
  item_name: string;
  department_id: string;
  catalog_version_id: string;
  catalog_version: number;
  /** unpaid | paid | cancelled */
  status: string;
  payer_name: string;
  total_fen: number;
  waived_fen: number;
  due_fen: number;
  paid_fen: number;
  refunded_fen: number;
  pending_waivers: number;
  issued_by: string | null;
  issued_by_name: string;
  issued_at: string;
  issued_on: string;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  paid_at: string | null;
  row_version: number;
  updated_at: string;
}

export interface FeeNoticeLinesTable {
  id: string;
  hall_id: string;
  notice_id: string;
  fee_line_id: string;
  position: number;
  code: string;
  name: string;
  category: string;
  mode: string;
  unit_name: string;
  unit_price_fen: number | null;
  quantity: number;
  cap_fen: number | null;
  amount_fen: number;
  waived_fen: number;
  refunded_fen: number;
  basis: string;
  receiving_department_id: string;
}

/** A waiver / reduction 减免 of one notice line; effective only once approved. */
export interface FeeWaiversTable {
  id: string;
  hall_id: string;
  notice_id: string;
  notice_line_id: string;
  amount_fen: number;
  reason: string;
  basis: string;
  /** requested | approved | refused | void */
  status: string;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  approver_name: string | null;
  document_no: string | null;
  note: string | null;
  decided_at: string | null;
}

/** The one payment of a notice at the bank window. */
export interface FeePaymentsTable {
  id: string;
  hall_id: string;
  notice_id: string;
  amount_fen: number;
  /** cash | card | qr */
  method: string;
  receipt_no: string;
  cashier_id: string | null;
  cashier_name: string;
  paid_at: string;
  paid_on: string;
  refunded_fen: number;
}

export interface FeeRefundsTable {
  id: string;
  hall_id: string;
  payment_id: string;
  notice_id: string;
  notice_line_id: string;
  amount_fen: number;
  reason: string;
  /** requested | approved | refused */
  status: string;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  approver_name: string | null;
  document_no: string | null;
  note: string | null;
  decided_at: string | null;
  refunded_on: string | null;
}

/** Daily settlement 日结 of one receiving department. */
export interface FeeSettlementsTable {
  id: string;
  hall_id: string;
  department_id: string;
  day: string;
  /** open | closed */
  status: string;
  payment_count: number;
  payments_fen: number;
  refund_count: number;
  refunds_fen: number;
  net_fen: number;
  waiver_count: number;
  waived_fen: number;
  by_method: string;
  declared_fen: number | null;
  closed_by: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  created_at: string;
}

/** The append-only money journal behind the settlements. */
export interface FeeEntriesTable {
  id: string;
  hall_id: string;
  department_id: string;
  settle_on: string;
  /** payment | refund */
  kind: string;
  amount_fen: number;
  waived_fen: number;
  method: string;
  payment_id: string;
  refund_id: string | null;
  notice_id: string;
  notice_line_id: string;
  linked_settlement_id: string | null;
  created_at: string;
}
