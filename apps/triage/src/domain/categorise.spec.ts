import { categorise, CategoryRules } from './categorise';

const rules: CategoryRules = {
  rules: [
    { category: 'late-delivery', touchpoints: ['delivery'], keywords: ['late', 'опоздал'], cause: 'capacity', department: 'logistics' },
    { category: 'rude-staff', touchpoints: [], keywords: ['rude', 'груб'], cause: 'training', department: 'customer-care' },
  ],
  fallback: { category: 'unclassified', cause: 'unknown', department: 'customer-care' },
};

describe('categorise', () => {
  it('matches keywords in English and Russian, ignoring case', () => {
    expect(categorise('The courier was LATE', 'delivery', rules).category).toBe('late-delivery');
    expect(categorise('Курьер опоздал на три часа', 'delivery', rules).category).toBe('late-delivery');
    expect(categorise('Продавец был груб', 'store', rules)).toEqual({
      category: 'rude-staff',
      suggestedCause: 'training',
      suggestedDepartment: 'customer-care',
    });
  });

  it('applies a rule only at its touchpoints', () => {
    expect(categorise('the app was late to load', 'app', rules).category).toBe('unclassified');
  });

  it('takes the first matching rule', () => {
    expect(categorise('late and rude', 'delivery', rules).category).toBe('late-delivery');
  });

  it('falls back to unclassified', () => {
    expect(categorise('something else entirely', 'web', rules)).toEqual({
      category: 'unclassified',
      suggestedCause: 'unknown',
      suggestedDepartment: 'customer-care',
    });
  });
});
