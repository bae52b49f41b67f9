import { DEFAULT_DATABASE_URL } from './db/index.js';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** load demo data into an empty database on start */
  demo: boolean;
  /** Secure flag on cookies (set YIZHAN_SECURE_COOKIES=1 behind HTTPS) */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** failed logins before the account is locked, and for how long */
  maxFailedLogins: number;
  lockMinutes: number;
  logLevel: string;
}

/** Configuration comes from the environment only (12-factor); defaults suit the embedded demo. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const flag = (v: string | undefined, dflt: boolean) =>
    v === undefined || v === '' ? dflt : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    demo: !argv.includes('--no-demo') && flag(env.YIZHAN_DEMO, true),
    secureCookies: flag(env.YIZHAN_SECURE_COOKIES, false),
    sessionIdleMinutes: Number(env.YIZHAN_SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.YIZHAN_SESSION_MAX_HOURS ?? 12),
    maxFailedLogins: Number(env.YIZHAN_MAX_FAILED_LOGINS ?? 5),
    lockMinutes: Number(env.YIZHAN_LOCK_MINUTES ?? 15),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
