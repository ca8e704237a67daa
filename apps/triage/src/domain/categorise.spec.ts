import { TOUCHPOINTS } from '@redress/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categorise, CategoryRules, checkCategoryRules } from './categorise';

const rules: CategoryRules = {
  departments: ['logistics', 'customer-care'],
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

describe('checkCategoryRules', () => {
  it('accepts the shipped rules file, which routes English and Russian complaints', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '../../config/category-rules.json'), 'utf8')) as CategoryRules;
    expect(checkCategoryRules(shipped, TOUCHPOINTS)).toEqual([]);
    expect(shipped.departments).toEqual(['logistics', 'it', 'customer-care', 'quality']);
    expect(categorise('Курьер задержался на два часа', 'delivery', shipped).category).toBe('late-delivery');
    expect(categorise('The app shows an error on login', 'app', shipped).suggestedDepartment).toBe('it');
    expect(categorise('Пришёл разбитый телевизор', 'store', shipped)).toEqual({
      category: 'damaged-goods',
      suggestedCause: 'Goods leave the warehouse without a quality check',
      suggestedDepartment: 'quality',
    });
    expect(categorise('Nothing matches here', 'other', shipped).category).toBe('unclassified');
  });

  it('names each problem of a bad rules file', () => {
    const bad = {
      departments: ['logistics'],
      rules: [{ category: 'x', touchpoints: ['teleport'], keywords: ['Late'], cause: 'c', department: 'marketing' }],
      fallback: { category: 'unclassified', cause: 'unknown', department: 'customer-care' },
    } as unknown as CategoryRules;
    expect(checkCategoryRules(bad, TOUCHPOINTS)).toEqual([
      'fallback: unknown department "customer-care"',
      'rules[0] (x): unknown department "marketing"',
      'rules[0] (x): keywords must be non-empty and lower case',
      'rules[0] (x): unknown touchpoint "teleport"',
    ]);
  });
});
