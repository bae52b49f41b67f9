import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import { allSubmitted, buildCaseWorld, type CaseWorld, ID_A, receive } from './cases-fixture.js';

describe.each(DIALECTS)('public case look-up and 办件公示 on %s', (dialect) => {
  let w: CaseWorld;
  let number: string;
  beforeAll(async () => {
    w = await buildCaseWorld(dialect);
    const c = await receive(w); // applicant 张三丰, ID …002X, phone …5678
    number = c.number;
  });
  afterAll(() => w.t.close());
  const anon = () => as(w.t.app, null);
  const lookup = (n: string, last4: string) =>
    anon().get(`/api/v1/public/cases/lookup?number=${encodeURIComponent(n)}&idLast4=${last4}`);

  it('answers the number + last 4 of the ID number or phone, with each state', async () => {
    const res = await lookup(number, '002x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      number,
      status: 'received',
      statusLabel: '已收件',
      itemName: '个体工商户设立登记',
      departmentName: '市场监督管理局',
      receivedOn: '2026-03-02',
      acceptedOn: null,
      dueOn: null,
      decidedOn: null,
      result: null,
    });
    expect(JSON.stringify(res.json())).not.toContain(ID_A);
    const byPhone = await lookup(number.toLowerCase(), '5678');
    expect(byPhone.statusCode).toBe(200);
    const c = await w.t.handle.db
      .selectFrom('cases')
      .select(['id'])
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    await as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 });
    expect((await lookup(number, '5678')).json()).toMatchObject({
      status: 'in_review',
      statusLabel: '审查中',
      acceptedOn: '2026-03-02',
      dueOn: '2026-03-05',
    });
  });

  it('404 when the pair does not match, or the number is unknown', async () => {
    const wrong = await lookup(number, '1234');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect((await lookup('DL202603029999', '002X')).statusCode).toBe(404);
    expect((await anon().get(`/api/v1/public/cases/lookup?number=${number}&idLast4=12`)).statusCode).toBe(400);
  });

  it('is rate-limited', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await lookup(number, '0000')).statusCode);
    expect(codes).toContain(429);
  });

  it('lists completed cases with masked applicant names', async () => {
    const c = await receive(w, { itemId: w.items.immediate, materials: allSubmitted(2) });
    await as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1, immediate: true });
    const res = await anon().get(`/api/v1/public/halls/${w.hallA}/cases/completed`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    expect(body.rows).toEqual([
      {
        number: c.number,
        itemName: '个体工商户变更登记',
        departmentName: '市场监督管理局',
        applicantName: '张*丰',
        decidedOn: '2026-03-02',
        result: '准予',
      },
    ]);
    expect(res.body).not.toContain('张三丰');
    expect((await anon().get(`/api/v1/public/halls/${w.hallB}/cases/completed`)).json().total).toBe(0);
    expect((await anon().get('/api/v1/public/halls/nope/cases/completed')).statusCode).toBe(404);
  });
});
