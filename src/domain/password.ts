/** Password policy for staff accounts. */

/** The shared password of the demo accounts; never accepted for any other account. */
export const DEMO_PASSWORD = 'Yizhan@2026';
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'tooShort' | 'tooSimple' | 'demoPassword' | 'containsUsername';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  tooSimple: '密码须同时包含大写字母、小写字母、数字和符号中的至少三类',
  demoPassword: '不能使用演示数据的公共密码',
  containsUsername: '密码不能包含用户名',
};

/** What is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password === DEMO_PASSWORD) return 'demoPassword';
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return 'tooSimple';
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'containsUsername';
  return null;
}
