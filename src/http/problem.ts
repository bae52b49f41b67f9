import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUniqueViolation } from '../db/index.js';
import { AppError, type AppErrorCode, ERROR_STATUS, titleOf } from './errors.js';

function send(reply: FastifyReply, req: FastifyRequest, code: AppErrorCode, detail: string, extra = {}) {
  const status = ERROR_STATUS[code];
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://yizhan.example/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      title: titleOf(code),
      status,
      code,
      detail,
      instance: req.url,
      ...extra,
    });
}

/** The single error handler: every error leaves as RFC 9457 problem+json; unknown errors are hidden. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return send(reply, req, err.code, err.detail, err.extra);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => ({
        in: err.validationContext,
        path: v.instancePath,
        message: v.message,
      }));
      return send(
        reply,
        req,
        'VALIDATION_FAILED',
        `提交的数据不符合要求：${errors.map((e) => `${e.path || e.in} ${e.message}`).join('；')}`,
        {
          errors,
        },
      );
    }
    if (isUniqueViolation(err)) return send(reply, req, 'DUPLICATE', '数据重复：编号或名称已被使用');
    if (err.statusCode === 429) return send(reply, req, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code: AppErrorCode = err.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      return send(reply, req, code, err.message);
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, req, 'INTERNAL', '系统内部错误，请稍后再试或联系管理员');
  });
  app.setNotFoundHandler((req, reply) => send(reply, req, 'NOT_FOUND', '请求的地址不存在'));
}
