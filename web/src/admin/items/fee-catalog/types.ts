import type { FeeCategory, FeeMode } from '../../../../../src/domain/fee-rules';
import type { FeeCatalog, FeeLine } from '../../../fees/types';

/** The fee catalog 收费目录 of an item as GET /api/v1/items/{id}/fees returns it (docs/api-fees.md). */

/** A fee line (the shape the desk's fee pages use too). */
export type FeeLineView = FeeLine;

/** One version of the catalog, with who made it and when. */
export interface FeeCatalogView extends FeeCatalog {
  createdAt: string;
  createdByName: string;
  lines: FeeLineView[];
}

export interface FeeCatalogVersion {
  version: number;
  isCurrent: boolean;
  note: string;
  createdAt: string;
  createdByName: string;
  lineCount: number;
}

export interface ItemFees {
  itemId: string;
  itemName: string;
  hallId: string;
  current: FeeCatalogView | null;
  versions: FeeCatalogVersion[];
}

/** One line of PUT /api/v1/items/{id}/fees: amounts in integer fen. */
export interface FeeLineInput {
  code?: string;
  name: string;
  category: FeeCategory;
  mode: FeeMode;
  amountFen: number | null;
  unitPriceFen: number | null;
  unitName: string;
  capFen: number | null;
  basis: string;
  receivingDepartmentId: string;
  waivable: boolean;
  waiverRules: string;
  waiverBasis: string;
}
