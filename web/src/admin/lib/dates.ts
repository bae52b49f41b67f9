import dayjs, { type Dayjs } from 'dayjs';

/** 'YYYY-MM-DD' ↔ dayjs for antd DatePicker; dates travel as plain strings so no time zone can shift them. */
export const toDay = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s, 'YYYY-MM-DD') : null);
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const today = (): string => dayjs().format('YYYY-MM-DD');

/** An ISO timestamp shown in local time, e.g. 2026-11-26 09:30. */
export const formatTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
