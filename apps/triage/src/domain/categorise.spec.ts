import { TOUCHPOINTS } from '@redress/contracts/vocabulary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categorise } from './categorise';
import { CategoryRules, checkCategoryRules } from './category-rules';

const rules: CategoryRules = {
  departments: ['logistics', 'customer-care'],
  rules: [
    {
      category: 'late-delivery',
      touchpoints: ['delivery'],
      keywords: ['late', 'опоздал'],
      cause: 'capacity',
      department: 'logistics',
    },
    {
      category: 'rude-staff',
      touchpoints: [],
      keywords: ['rude', 'груб'],
      cause: 'training',
      department: 'customer-care',
    },
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
    const shipped = JSON.parse(
      readFileSync(join(__dirname, '../../config/category-rules.json'), 'utf8'),
    ) as CategoryRules;
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
      rules: [
        { category: 'x', touchpoints: ['teleport'], keywords: ['Late', 'la*'], cause: 'c', department: 'marketing' },
      ],
      fallback: { category: 'unclassified', cause: 'unknown', department: 'customer-care' },
    } as unknown as CategoryRules;
    expect(checkCategoryRules(bad, TOUCHPOINTS)).toEqual([
      'fallback: unknown department "customer-care"',
      'rules[0] (x): unknown department "marketing"',
      'rules[0] (x): unknown touchpoint "teleport"',
      'rules[0] (x): keywords: "la*" is not words of letters or digits (a word may end in * after 3 letters)',
    ]);
  });
});

describe('categorise by words', () => {
  const words: CategoryRules = {
    departments: ['logistics', 'it', 'quality'],
    rules: [
      {
        category: 'late-delivery',
        touchpoints: [],
        keywords: ['late', 'задерж*'],
        not: ['not late', 'без задержек'],
        cause: 'c',
        department: 'logistics',
      },
      { category: 'site-outage', touchpoints: [], keywords: ['down', 'cannot log in'], cause: 'c', department: 'it' },
      {
        category: 'damaged-goods',
        touchpoints: [],
        keywords: ['damaged', 'разбитый'],
        cause: 'c',
        department: 'quality',
      },
    ],
    fallback: { category: 'unclassified', cause: 'unknown', department: 'it' },
  };
  const categoryOf = (text: string) => categorise(text, 'other', words).category;

  it('finds whole words, never fragments of longer ones', () => {
    expect(categoryOf('I ordered chocolate')).toBe('unclassified');
    expect(categoryOf('The download is slow')).toBe('unclassified');
    expect(categoryOf('The site is down')).toBe('site-outage');
  });

  it('matches other forms of a word by its stem, in English and Russian', () => {
    expect(categoryOf('The box arrived DAMAGED')).toBe('damaged-goods');
    expect(categoryOf('Damage everywhere')).toBe('damaged-goods');
    expect(categoryOf('Привезли разбитую вазу')).toBe('damaged-goods');
    expect(categoryOf('Задержка доставки')).toBe('late-delivery');
  });

  it('matches a phrase only as consecutive words', () => {
    expect(categoryOf('I cannot log in')).toBe('site-outage');
    expect(categoryOf('I cannot find the log, come in')).toBe('unclassified');
  });

  it('lets a not phrase veto the keyword inside it, but not another mention', () => {
    expect(categoryOf('The courier was not late at all')).toBe('unclassified');
    expect(categoryOf('Доставка без задержек')).toBe('unclassified');
    expect(categoryOf('Not late on Monday, but three hours late today')).toBe('late-delivery');
  });
});

describe('checkCategoryRules, types and entries', () => {
  const valid = () => ({
    departments: ['it'],
    rules: [
      {
        category: 'site-outage',
        touchpoints: ['web'],
        keywords: ['down'],
        not: ['not down'],
        cause: 'c',
        department: 'it',
      },
    ],
    fallback: { category: 'unclassified', cause: 'unknown', department: 'it' },
  });

  it('accepts a valid file with a not list', () => {
    expect(checkCategoryRules(valid(), TOUCHPOINTS)).toEqual([]);
  });

  it.each([
    ['empty keywords', (file: any) => (file.rules[0].keywords = []), 'rules[0] (site-outage): needs keywords'],
    ['keywords not a list', (file: any) => (file.rules[0].keywords = 'down'), 'rules[0] (site-outage): needs keywords'],
    [
      'a keyword not text',
      (file: any) => (file.rules[0].keywords = [42]),
      'rules[0] (site-outage): keywords: 42 is not words of letters or digits (a word may end in * after 3 letters)',
    ],
    [
      'not not a list',
      (file: any) => (file.rules[0].not = 'not down'),
      'rules[0] (site-outage): not must be a list of phrases',
    ],
    [
      'an unknown department',
      (file: any) => (file.rules[0].department = 'marketing'),
      'rules[0] (site-outage): unknown department "marketing"',
    ],
    [
      'a category that is no name',
      (file: any) => (file.rules[0].category = 'Site Outage'),
      'rules[0] (Site Outage): unknown category: a category is lower-case words joined by "-"',
    ],
    [
      'the fallback category on a rule',
      (file: any) => (file.rules[0].category = 'unclassified'),
      "rules[0] (unclassified): the fallback's category cannot be a rule's",
    ],
    [
      'a misspelt field',
      (file: any) => (file.rules[0].keyword = ['x']),
      'rules[0] (site-outage): unknown field "keyword"',
    ],
    [
      'touchpoints not a list',
      (file: any) => (file.rules[0].touchpoints = 'web'),
      'rules[0] (site-outage): touchpoints must be a list (empty for any)',
    ],
    ['a rule that is no object', (file: any) => (file.rules[0] = 'down'), 'rules[0]: must be an object'],
    ['rules not a list', (file: any) => (file.rules = {}), 'rules: must be a list of rules'],
  ])('names the entry with %s', (_, spoil, problem) => {
    const file = valid();
    spoil(file);
    expect(checkCategoryRules(file, TOUCHPOINTS)).toEqual([problem]);
  });

  it('refuses a file that is not an object', () => {
    expect(checkCategoryRules([], TOUCHPOINTS)).toEqual([
      'the file must hold an object with departments, rules and fallback',
    ]);
  });
});
