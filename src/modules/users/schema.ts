import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  roles: z.array(z.enum(ROLES)),
  staffId: z.string().nullable(),
  departmentId: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserSchema>;

const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名为 3–32 位小写字母、数字、点、横线或下划线，以字母开头');

export const UserCreateSchema = z.object({
  username,
  displayName: z.string().trim().min(1).max(50),
  hallId: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1, '至少选择一个角色').max(ROLES.length),
  password: z.string().min(1).max(256),
  staffId: z.string().nullable().optional(),
  departmentId: z.string().nullable().optional(),
});

export const UserUpdateSchema = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  active: z.boolean().optional(),
  staffId: z.string().nullable().optional(),
  departmentId: z.string().nullable().optional(),
});

export const UserIdParams = z.object({ id: z.string().min(1) });
export const SetPasswordSchema = z.object({ password: z.string().min(1).max(256) });
export const UserListQuery = z.object({ hallId: z.string().optional() });
