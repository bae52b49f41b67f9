import type { CaseView, DocumentKind } from '../types';

export const casePath = (id: string) => `/desk/cases/${encodeURIComponent(id)}`;
export const printPath = (caseId: string, docId: string) =>
  `/desk/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(docId)}/print`;

/** The print page of a case's newest document of a kind, or the case page when there is none. */
export function afterDecisionPath(c: CaseView, kind: DocumentKind | null): string {
  const doc = kind ? [...c.documents].reverse().find((d) => d.kind === kind) : undefined;
  return doc ? printPath(c.id, doc.id) : casePath(c.id);
}
