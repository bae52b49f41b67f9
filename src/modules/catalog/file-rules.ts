import { MAX_FILE_BYTES } from './schema.js';

/** Uploads allowed on a guide (form templates 空白表格 and samples 示例样表), by MIME type. */
const ALLOWED: Record<string, { exts: string[]; magic: (b: Buffer) => boolean }> = {
  'application/pdf': { exts: ['pdf'], magic: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  'application/msword': { exts: ['doc'], magic: isOle },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { exts: ['docx'], magic: isZip },
  'application/vnd.ms-excel': { exts: ['xls'], magic: isOle },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { exts: ['xlsx'], magic: isZip },
  'image/png': { exts: ['png'], magic: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/jpeg': { exts: ['jpg', 'jpeg'], magic: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'application/zip': { exts: ['zip'], magic: isZip },
  // Plain text may be UTF-8 or GBK; only reject binary content.
  'text/plain': { exts: ['txt'], magic: (b) => !b.subarray(0, 8192).includes(0) },
};
const ALIASES: Record<string, string> = {
  'application/x-zip-compressed': 'application/zip',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};

export const ALLOWED_MIME_TYPES = Object.keys(ALLOWED);

function startsWith(b: Buffer, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}
function isOle(b: Buffer): boolean {
  return startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}
function isZip(b: Buffer): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
}

export type UploadCheck = { ok: true; bytes: Buffer; mime: string; filename: string } | { ok: false; message: string };

/** The name without any path, control characters or quotes. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f' && c !== '"').join('');
  return printable.trim().slice(0, 200);
}

/** Validate an upload: base64, size, MIME whitelist, extension and content signature. */
export function checkUpload(input: { filename: string; mime: string; contentBase64: string }): UploadCheck {
  const b64 = input.contentBase64.replace(/\s+/g, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    return { ok: false, message: '文件内容不是有效的 Base64 编码' };
  }
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length === 0) return { ok: false, message: '文件为空' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: '文件大小不能超过 5 MB' };
  const raw = input.mime.split(';')[0].trim().toLowerCase();
  const mime = ALIASES[raw] ?? raw;
  const rule = ALLOWED[mime];
  if (!rule) {
    return { ok: false, message: '不支持的文件类型，仅支持 PDF、Word、Excel、PNG、JPEG、ZIP 和文本文件' };
  }
  const filename = cleanFilename(input.filename);
  const ext = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  if (filename === '' || !rule.exts.includes(ext)) {
    return { ok: false, message: `文件扩展名与文件类型不符（应为 .${rule.exts.join(' 或 .')}）` };
  }
  if (!rule.magic(bytes)) return { ok: false, message: '文件内容与声明的文件类型不符' };
  return { ok: true, bytes, mime, filename };
}

/** `Content-Disposition` for a download: an ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
