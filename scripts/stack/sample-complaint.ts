/** A valid POST /complaints body; override fields to make variants. */
export function complaintBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalRef: 'CRM-88172',
    customer: {
      name: 'Anna Petrova',
      formOfAddress: 'Ms Petrova',
      phone: '+79161234567',
      email: 'anna@example.com',
      timezone: 'Europe/Moscow',
      contactWindow: { from: '09:00', to: '20:00' },
      preferredChannel: 'email',
    },
    touchpoint: 'delivery',
    order: { ref: 'ORD-1042', amount: '2490.00', currency: 'RUB' },
    text: 'The courier was three hours late and rude on the phone.',
    dissatisfaction: 'outraged',
    remedy: { type: 'refund', amount: '150.00' },
    callbackUrl: 'https://crm.example/hooks/redress',
    ...overrides,
  };
}
