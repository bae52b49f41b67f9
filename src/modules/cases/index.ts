/**
 * What other modules (case review, supervision, ledger, demo) use from the case core. Every state
 * change goes through `transitionCase` (legal move, permission, row_version, case_events, audit).
 */
export { acceptanceColumns, acceptanceNotice, incompleteMaterials } from './accept-case.js';
export { nextCaseNumber } from './case-number.js';
export { caseNow, caseToday, setCaseClock } from './clock.js';
export {
  asOfDay,
  type CaseDeadlineView,
  casePauses,
  clockOf,
  computeCaseDeadline,
  type DeadlineOptions,
  hallCalendarOf,
} from './deadline.js';
export { DEEMED_JOB, type DeemedDeps, runDeemedAcceptance } from './deemed-acceptance.js';
export { documentHeader, type IssuedDocument, issueDocument, REMEDY_NOTICE } from './documents.js';
export { type PresentOptions, presentCase } from './present.js';
export { guideOf } from './receive-case.js';
export {
  type CaseDocumentRow,
  type CaseMaterialRow,
  type CaseRow,
  type CaseTaskRow,
  findCase,
  findItemVersion,
} from './repository.js';
export { type CaseView, CaseViewSchema } from './schema.js';
export { reviewTasksOf, startReview } from './start-review.js';
export {
  assertTransition,
  type CaseActor,
  type CaseEventInput,
  checkVersion,
  loadCaseForUpdate,
  recordCaseEvent,
  type TransitionOptions,
  transitionCase,
} from './transition.js';
