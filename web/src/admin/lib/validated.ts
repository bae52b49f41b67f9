import type { FormInstance } from 'antd';

/**
 * The form's values when every rule passes, else null; antd then shows the field errors itself.
 * (validateFields rejects on invalid input, which would otherwise surface as an unhandled rejection.)
 */
export async function validated<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
