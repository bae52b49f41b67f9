import { ApiError } from '../../shared/api';

/** The Chinese text to show for a failed call: the problem's detail plus any field errors. */
export function problemText(err: unknown, networkText = '无法连接服务器，请检查网络后重试'): string {
  if (err instanceof ApiError) {
    const fieldErrors = (err.problem.errors ?? []).map((e) => (e.path ? `${e.path}：${e.message}` : e.message));
    const detail = err.problem.detail || err.problem.title;
    return fieldErrors.length > 0 ? `${detail}（${fieldErrors.slice(0, 5).join('；')}）` : detail;
  }
  if (err instanceof Error && err.message && !(err instanceof TypeError)) return err.message;
  return networkText;
}

export function isUnauthenticated(err: unknown): boolean {
  return err instanceof ApiError && err.status === 401 && err.code === 'UNAUTHENTICATED';
}
