import { DISSATISFACTION_LEVELS } from '@redress/contracts';

const TIME_ZONES = [
  'Europe/Moscow',
  'Europe/Kaliningrad',
  'Asia/Yekaterinburg',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
];
const TEXTS = [
  (order: string) => `The courier never came: order ${order} is late by a whole day and nobody called.`,
  (order: string) => `Курьер опоздал, заказ ${order} так и не привезли, телефон поддержки не отвечает.`,
  (order: string) => `Delivery of ${order} was late again, I took a day off for nothing.`,
  (order: string) => `Доставка ${order} опоздала на сутки, продукты испортились.`,
];

/**
 * The `index`-th complaint of a storm about one outage (a failed delivery day): every one matches the late-delivery
 * rule, so they belong to one root cause. A realistic mix: email, SMS and (with a `callbackUrl`) webhook customers,
 * several time zones, contact windows open now (so messages go at once, as a storm at midday would), three levels of
 * dissatisfaction, orders of various sizes with and without a claimed refund. `onlyWebhook`: every customer of this
 * client is answered through its callbackUrl (the chaos run's tarpit client).
 */
export function stormComplaint(
  index: number,
  runId: string,
  callbackUrl?: string,
  onlyWebhook = false,
): Record<string, unknown> {
  const order = `${runId}-${index}`;
  const timezone = TIME_ZONES[index % TIME_ZONES.length];
  const mixed = index % 10 < 6 ? 'email' : index % 10 < 9 || !callbackUrl ? 'sms' : 'webhook';
  const channel = onlyWebhook && callbackUrl ? 'webhook' : mixed;
  const amount = 500 + ((index * 7919) % 9500);
  return {
    externalRef: order,
    customer: {
      name: `Customer ${index}`,
      phone: `+7916${String(index % 10_000_000).padStart(7, '0')}`,
      email: `storm-${index}@example.com`,
      timezone,
      ...(index % 4 === 0 ? {} : { contactWindow: windowOpenNow(timezone) }),
      preferredChannel: channel,
    },
    touchpoint: 'delivery',
    order: { ref: order, amount: `${amount}.00`, currency: 'RUB' },
    text: TEXTS[index % TEXTS.length](order),
    dissatisfaction: DISSATISFACTION_LEVELS[index % DISSATISFACTION_LEVELS.length],
    ...(index % 3 === 0
      ? { remedy: { type: 'refund', amount: `${(amount / 10).toFixed(2)}` } }
      : { remedy: { type: 'apology' } }),
    ...(channel === 'webhook' ? { callbackUrl } : {}),
  };
}

/** A window from an hour ago to three hours ahead, in the customer's time zone. */
function windowOpenNow(timezone: string): { from: string; to: string } {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
  );
  const at = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
  return { from: at(hour - 1), to: at(hour + 3) };
}
