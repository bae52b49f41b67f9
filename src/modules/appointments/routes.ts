import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, userOf, withZod } from '../../http/context.js';
import { bookAppointment } from './book-appointment.js';
import { cancelAppointment } from './cancel-appointment.js';
import { checkInAppointment } from './check-in.js';
import { appointmentNow } from './clock.js';
import { lookUpAppointment } from './find-appointment.js';
import { listAppointments } from './list-appointments.js';
import { listSlots } from './list-slots.js';
import {
  BookSchema,
  CancelSchema,
  CheckInResultSchema,
  CheckInSchema,
  CodeParams,
  HallIdParams,
  Last4Query,
  PublicAppointmentSchema,
  SlotDaysSchema,
  SlotsQuery,
  StaffAppointmentSchema,
  StaffListQuery,
} from './schema.js';

/** Code + last-4 guesses are limited per IP (the pair is the only secret of a public booking). */
const GUESS_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Appointments 预约 (PRODUCT.md §4, docs/api-queue.md "Appointments"). */
export async function appointmentRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const deps = app.yz;
  const { db } = deps;

  r.get(
    '/api/v1/public/halls/:hallId/appointment-slots',
    {
      schema: {
        tags: ['public'],
        summary: '可预约时段（今天剩余时段及之后 N 个工作日）',
        params: HallIdParams,
        querystring: SlotsQuery,
        response: { 200: SlotDaysSchema },
      },
    },
    async (req) => listSlots(db, req.params.hallId, req.query.businessTypeId, appointmentNow(deps)),
  );

  r.post(
    '/api/v1/public/halls/:hallId/appointments',
    {
      schema: {
        tags: ['public'],
        summary: '预约（实名）',
        params: HallIdParams,
        body: BookSchema,
        response: { 201: PublicAppointmentSchema },
      },
    },
    async (req, reply) => {
      const booked = await bookAppointment(deps, req.params.hallId, req.body, actorOf(req), appointmentNow(deps));
      return reply.status(201).send(booked);
    },
  );

  r.get(
    '/api/v1/public/appointments/:code',
    {
      config: GUESS_LIMIT,
      schema: {
        tags: ['public'],
        summary: '按预约码和身份证号码后四位查询预约',
        params: CodeParams,
        querystring: Last4Query,
        response: { 200: PublicAppointmentSchema },
      },
    },
    async (req) => lookUpAppointment(db, req.params.code, req.query.idLast4, appointmentNow(deps)),
  );

  r.post(
    '/api/v1/public/appointments/:code/cancel',
    {
      config: GUESS_LIMIT,
      schema: {
        tags: ['public'],
        summary: '取消预约',
        params: CodeParams,
        body: CancelSchema,
        response: { 200: PublicAppointmentSchema },
      },
    },
    async (req) => cancelAppointment(deps, req.params.code, req.body.idLast4, actorOf(req), appointmentNow(deps)),
  );

  r.post(
    '/api/v1/public/halls/:hallId/check-in',
    {
      schema: {
        tags: ['public'],
        summary: '预约签到取号（自助机）',
        params: HallIdParams,
        body: CheckInSchema,
        response: { 201: CheckInResultSchema },
      },
    },
    async (req, reply) => {
      const result = await checkInAppointment(
        deps,
        req.params.hallId,
        req.body.code,
        actorOf(req),
        appointmentNow(deps),
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/v1/halls/:hallId/appointments',
    {
      schema: {
        tags: ['queue'],
        summary: '某日预约名单（个人信息脱敏）',
        params: HallIdParams,
        querystring: StaffListQuery,
        response: { 200: z.array(StaffAppointmentSchema) },
      },
    },
    async (req) => listAppointments(db, userOf(req), req.params.hallId, req.query, appointmentNow(deps)),
  );
}
