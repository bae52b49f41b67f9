import { creditCodeCheckChar } from '../../domain/credit-code.js';
import { idNumberCheckDigit } from '../../domain/id-number.js';
import { GIVEN_NAMES, SURNAMES } from './content/names.js';

/**
 * Fictional applicants for the demo cases: people with well-formed GB 11643 ID numbers (correct check
 * digit, real birth date, a division of this province or a few others) and enterprises with
 * GB 32100 credit codes whose check character is right. Nobody real: the county division code is
 * the demo's own (3599xx).
 */

export interface DemoApplicant {
  type: 'person' | 'enterprise';
  name: string;
  idNumber: string;
  legalRepresentative: string | null;
  phone: string;
}

const OTHER_DIVISIONS = ['350102', '350203', '350583', '440305', '330106', '360102', '320106'];
const TRADE_WORDS = '鑫源 华盛 宏达 恒泰 永盛 瑞丰 锦程 东岭 岭南 翠峰 金穗 安康 兴旺 福顺 天和 众联'.split(' ');
const TRADES = [
  ['商贸', '有限公司'],
  ['餐饮管理', '有限公司'],
  ['建筑工程', '有限公司'],
  ['农业开发', '有限公司'],
  ['食品', '有限公司'],
  ['医药连锁', '有限公司'],
  ['物流', '有限公司'],
  ['科技', '有限公司'],
  ['超市', '（个体工商户）'],
  ['小吃店', '（个体工商户）'],
] as const;
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '158',
  '159',
  '177',
  '180',
  '187',
  '189',
];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function applicantFactory(random: () => number, countyDivision: string) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const used = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${pick([...SURNAMES])}${pick(GIVEN_NAMES)}`;
      if (!used.has(name) || used.size > 1500) {
        used.add(name);
        return name;
      }
    }
  };
  const idNumber = () => {
    const division = random() < 0.85 ? countyDivision : pick(OTHER_DIVISIONS);
    const year = 1955 + Math.floor(random() * 49);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const first17 = `${division}${year}${pad(month, 2)}${pad(day, 2)}${pad(Math.floor(random() * 1000), 3)}`;
    return `${first17}${idNumberCheckDigit(first17)}`;
  };
  const mobile = () => `${pick(MOBILE_PREFIXES)}${pad(Math.floor(random() * 1e8), 8)}`;
  const creditCode = (individual: boolean) => {
    let body = '';
    for (let i = 0; i < 9; i++) body += i < 8 ? CREDIT_CHARSET[Math.floor(random() * 10)] : pick([...CREDIT_CHARSET]);
    const first17 = `${individual ? '92' : '91'}${countyDivision}${body}`;
    return `${first17}${creditCodeCheckChar(first17)}`;
  };
  return {
    personName,
    person(): DemoApplicant {
      return { type: 'person', name: personName(), idNumber: idNumber(), legalRepresentative: null, phone: mobile() };
    },
    enterprise(): DemoApplicant {
      const [trade, form] = pick(TRADES);
      const individual = form.includes('个体');
      const name = `东岭县${pick(TRADE_WORDS)}${trade}${individual ? '' : form}`;
      return {
        type: 'enterprise',
        name: individual ? `${name}${form}` : name,
        idNumber: creditCode(individual),
        legalRepresentative: personName(),
        phone: random() < 0.7 ? mobile() : `0599-66${pad(Math.floor(random() * 100000), 5)}`,
      };
    },
  };
}
