import { catalogLine } from '../../../fees/test-fixtures';
import type { FeeCatalogView, FeeLineView, ItemFees } from './types';

/** Test data of the fee catalog editor (not shipped: only *.test.tsx import this file). */

export const LINE_FIXED: FeeLineView = catalogLine({
  id: 'l1',
  receivingDepartmentId: 'd1',
  receivingDepartmentName: '市市场监督管理局',
});

export const CATALOG_V2: FeeCatalogView = {
  itemId: 'i1',
  itemName: '食品经营许可证核发',
  hallId: 'h1',
  version: 2,
  isCurrent: true,
  note: '调整标准',
  createdAt: '2026-11-20T02:00:00.000Z',
  createdByName: '市大厅管理办',
  lines: [LINE_FIXED],
};

export const CATALOG_V1: FeeCatalogView = {
  ...CATALOG_V2,
  version: 1,
  isCurrent: false,
  note: '首次建立',
  createdAt: '2026-11-01T02:00:00.000Z',
  lines: [{ ...LINE_FIXED, id: 'l0', name: '旧版证书工本费', amountFen: 1000, standardText: '¥10.00' }],
};

export const ITEM_FEES: ItemFees = {
  itemId: 'i1',
  itemName: '食品经营许可证核发',
  hallId: 'h1',
  current: CATALOG_V2,
  versions: [
    {
      version: 2,
      isCurrent: true,
      note: '调整标准',
      createdAt: CATALOG_V2.createdAt,
      createdByName: '市大厅管理办',
      lineCount: 1,
    },
    {
      version: 1,
      isCurrent: false,
      note: '首次建立',
      createdAt: CATALOG_V1.createdAt,
      createdByName: '市大厅管理办',
      lineCount: 1,
    },
  ],
};
