/** One line of a before/after comparison of an audit record. */
export interface DiffRow {
  path: string;
  before: string | undefined;
  after: string | undefined;
  change: 'same' | 'changed' | 'added' | 'removed';
}

function parse(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** Flatten nested objects to dotted paths; arrays of scalars stay one value, arrays of objects are indexed. */
function flatten(v: unknown, prefix: string, out: Map<string, string>) {
  if (v === null || v === undefined) {
    if (prefix) out.set(prefix, v === null ? 'null' : '');
    return;
  }
  if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
    if (v.length === 0 && prefix) out.set(prefix, '[]');
    for (const [i, x] of v.entries()) flatten(x, prefix ? `${prefix}.${i}` : String(i), out);
    return;
  }
  if (typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [k, x] of entries) flatten(x, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix || '(value)', typeof v === 'string' ? v : JSON.stringify(v));
}

/** Compare an audit record's before and after values field by field. */
export function diffValues(before: unknown, after: unknown): DiffRow[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  flatten(parse(before), '', b);
  flatten(parse(after), '', a);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const x = b.get(path);
    const y = a.get(path);
    const change = x === undefined ? 'added' : y === undefined ? 'removed' : x === y ? 'same' : 'changed';
    return { path, before: x, after: y, change };
  });
}
