import { complaintBody } from '../../../../../../scripts/stack/sample-complaint';

const FIELDS = [
  'externalRef',
  'customer',
  'customer.name',
  'customer.formOfAddress',
  'customer.phone',
  'customer.email',
  'customer.timezone',
  'customer.contactWindow',
  'customer.contactWindow.from',
  'customer.contactWindow.to',
  'customer.preferredChannel',
  'customer.locale',
  'touchpoint',
  'order',
  'order.ref',
  'order.amount',
  'order.currency',
  'text',
  'dissatisfaction',
  'remedy',
  'remedy.type',
  'remedy.amount',
  'callbackUrl',
];
const PARENTS = ['', 'customer.', 'customer.contactWindow.', 'order.', 'remedy.'];
/** Keys an object's prototype already has, which class-transformer treats apart from unknown ones. */
const ODD_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'unexpected', 'Customer', 'text ', '0', ''];
const STRINGS = [
  '',
  ' ',
  'x',
  '+',
  '😡',
  'ру',
  'a'.repeat(100),
  'a'.repeat(101),
  'a'.repeat(200),
  'a'.repeat(201),
  '😡'.repeat(5000),
  'x'.repeat(5001),
  '$value $property $constraint1 $target $& $1',
  'delivery',
  'store',
  'outraged',
  'upset',
  'refund',
  'email',
  'sms',
  'en',
  'ru',
  'EN',
  '+79161234567',
  '+0123',
  '+1234567',
  '+1234567890123456',
  '79161234567',
  'anna@example.com',
  'anna@',
  'a@b',
  'ANNA@EXAMPLE.COM',
  'Europe/Moscow',
  'europe/moscow',
  'utc',
  'UTC',
  'US/Eastern',
  'Mars/Base',
  'Etc/GMT+3',
  'x'.repeat(65),
  '09:00',
  '23:59',
  '24:00',
  '9:00',
  '12:60',
  '2490.00',
  '0',
  '0.001',
  '1.2345',
  '1,50',
  '-5',
  '1e3',
  '9999999999999',
  '99999999999999',
  ' 1.00',
  'RUB',
  'rub',
  'EUR',
  'XXX',
  'RUBL',
  'https://crm.example/hooks/redress',
  'http://localhost:8080/x',
  'ftp://crm.example/',
  'https://',
  'crm.example',
  'javascript:alert(1)',
  `https://crm.example/${'p'.repeat(1990)}`,
  'https://[::1]/',
  'http://10.0.0.1/hook',
];
const OTHERS: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  true,
  false,
  null,
  [],
  ['x'],
  [{}],
  [null],
  [[{}]],
  [[]],
  {},
  { a: 1 },
  { from: '09:00', to: '20:00' },
  { name: 'Anna', phone: '+79161234567' },
  [{ name: 'Anna', phone: '+79161234567' }],
  { amount: '1.00', currency: 'RUB' },
  { type: 'refund' },
  { type: 'refund', amount: null },
  { toString: 1 },
];

/**
 * A complaint body with one to three random faults (or none): any field set to a value of any JSON kind, deleted,
 * or joined by an unknown key. Valid bodies come out often enough that the transformed values get compared too.
 */
export function mutatedComplaintBody(random: () => number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const body = complaintBody();
  if (random() < 0.3) delete body.callbackUrl;
  const faults = Math.floor(random() * 4);
  for (let fault = 0; fault < faults; fault += 1) {
    const roll = random();
    if (roll < 0.15) deletePath(body, pick(FIELDS));
    else if (roll < 0.25) setPath(body, pick(PARENTS) + pick(ODD_KEYS), pick([...STRINGS, ...OTHERS]));
    else if (roll < 0.75) setPath(body, pick(FIELDS), pick(STRINGS));
    else setPath(body, pick(FIELDS), structuredClone(pick(OTHERS)));
  }
  return body;
}

function setPath(body: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = body;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
}

function deletePath(body: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let target: unknown = body;
  for (const key of keys.slice(0, -1)) target = (target as Record<string, unknown> | undefined)?.[key];
  if (typeof target === 'object' && target !== null) delete (target as Record<string, unknown>)[keys[keys.length - 1]];
}
