/** Shapes of the public case API (docs/api-cases.md "Supervision, ledger, public"). */

/** `GET /api/v1/public/cases/lookup?number=&idLast4=` */
export interface PublicCaseStatus {
  number: string;
  status: string;
  /** the status in Chinese, as the server words it */
  statusLabel: string;
  itemName: string;
  departmentName: string;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  decidedOn: string | null;
  /** 准予 / 不予 once decided */
  result: string | null;
}

/** One row of 办件公示 (completed cases, applicant name masked). */
export interface CompletedCase {
  number: string;
  itemName: string;
  departmentName: string;
  /** masked: 张*、欧阳** */
  applicantName: string;
  decidedOn: string;
  result: string;
}

/** `GET /api/v1/public/halls/{hallId}/cases/completed?page=` */
export interface CompletedPage {
  rows: CompletedCase[];
  page: number;
  pageSize: number;
  total: number;
}
