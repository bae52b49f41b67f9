import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const MeSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  windowIds: z.array(z.string()),
  staffId: z.string().nullable(),
  departmentId: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export const LoginResponseSchema = z.object({ user: MeSchema, csrfToken: z.string() });

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
