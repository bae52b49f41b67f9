import type { FastifyInstance } from 'fastify';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { presentCatalog, presentFeeLine } from './present.js';
import {
  departmentNames,
  findCatalogVersion,
  findCurrentCatalog,
  findItem,
  listCatalogVersions,
  listFeeLines,
} from './repository.js';
import { saveCatalog } from './save-catalog.js';
import { CatalogPutSchema, IdParams, ItemVersionParams, PublicItemParams } from './schema.js';
import { FeeCatalogView, ItemFeesView, PublicFeesView } from './views.js';

/** An item the user may read fees of: outside the subtree → 404; neither fee.read nor catalog.read → 403. */
async function readableItem(app: FastifyInstance, user: AuthUser, id: string) {
  const item = await findItem(app.yz.db, id);
  if (!item || !(await canSeeHall(app.yz.db, user, item.hall_id))) throw new AppError('NOT_FOUND', '事项不存在');
  if (!user.permissions.has('fee.read') && !user.permissions.has('catalog.read')) throw new AppError('FORBIDDEN');
  return item;
}

/** Fee catalog 收费目录 per item: read, new version, public standard for the guide. */
export async function feeCatalogRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/items/:id/fees',
    { schema: { tags: ['fees'], summary: '事项收费目录', params: IdParams, response: { 200: ItemFeesView } } },
    async (req) => {
      const item = await readableItem(app, userOf(req), req.params.id);
      const versions = await listCatalogVersions(db, item.id);
      const current = versions.find((v) => v.is_current === 1);
      const lines = await listFeeLines(
        db,
        versions.map((v) => v.id),
      );
      const names = await departmentNames(
        db,
        lines.map((l) => l.receiving_department_id),
      );
      return {
        itemId: item.id,
        itemName: item.name,
        hallId: item.hall_id,
        current: current ? presentCatalog(item, current, lines, names) : null,
        versions: versions.map((v) => ({
          version: v.version,
          isCurrent: v.is_current === 1,
          note: v.note,
          createdAt: v.created_at,
          createdByName: v.created_by_name,
          lineCount: lines.filter((l) => l.catalog_version_id === v.id).length,
        })),
      };
    },
  );

  r.get(
    '/api/v1/items/:id/fees/versions/:version',
    {
      schema: {
        tags: ['fees'],
        summary: '收费目录的某一版本',
        params: ItemVersionParams,
        response: { 200: FeeCatalogView },
      },
    },
    async (req) => {
      const item = await readableItem(app, userOf(req), req.params.id);
      const v = await findCatalogVersion(db, item.id, req.params.version);
      if (!v) throw new AppError('NOT_FOUND', '收费目录版本不存在');
      const lines = await listFeeLines(db, [v.id]);
      return presentCatalog(
        item,
        v,
        lines,
        await departmentNames(
          db,
          lines.map((l) => l.receiving_department_id),
        ),
      );
    },
  );

  r.put(
    '/api/v1/items/:id/fees',
    {
      schema: {
        tags: ['fees'],
        summary: '修改收费目录（生成新版本）',
        params: IdParams,
        body: CatalogPutSchema,
        response: { 200: FeeCatalogView },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, (trx) => saveCatalog(trx, app.yz, user, actorOf(req), req.params.id, req.body));
    },
  );

  r.get(
    '/api/v1/public/items/:itemId/fees',
    {
      schema: {
        tags: ['public'],
        summary: '事项现行收费标准和依据（公开）',
        params: PublicItemParams,
        response: { 200: PublicFeesView },
      },
    },
    async (req) => {
      const item = await findItem(db, req.params.itemId);
      if (!item || item.published_version === null) throw new AppError('NOT_FOUND', '事项不存在');
      const current = await findCurrentCatalog(db, item.id);
      const lines = current ? await listFeeLines(db, [current.id]) : [];
      const names = await departmentNames(
        db,
        lines.map((l) => l.receiving_department_id),
      );
      const views = lines.map((l) => presentFeeLine(l, names));
      return {
        itemId: item.id,
        version: current?.version ?? null,
        hasCatalog: current !== undefined,
        feeFree: current !== undefined && lines.length === 0,
        lines: views.map((l) => ({
          code: l.code,
          name: l.name,
          category: l.category,
          categoryLabel: l.categoryLabel,
          standardText: l.standardText,
          basis: l.basis,
          receivingDepartmentName: l.receivingDepartmentName,
          waivable: l.waivable,
          waiverRules: l.waiverRules,
          waiverBasis: l.waiverBasis,
        })),
        standardText:
          current && lines.length === 0 ? '不收费' : views.map((l) => `${l.name}：${l.standardText}`).join('；'),
        basisText: [...new Set(views.map((l) => l.basis))].join('；'),
      };
    },
  );
}
