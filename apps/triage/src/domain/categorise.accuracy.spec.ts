import { Touchpoint } from '@redress/contracts/vocabulary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categorise } from './categorise';
import { CategoryRules } from './category-rules';

interface LabelledComplaint {
  text: string;
  language: 'en' | 'ru';
  touchpoint: Touchpoint;
  expected: string;
}

interface Score {
  category: string;
  precision: number;
  recall: number;
  support: number;
}

const read = <T>(path: string): T => JSON.parse(readFileSync(join(__dirname, path), 'utf8')) as T;

/** Precision: of the complaints filed under a category, the share that belong there; recall: of those that belong, the share filed there. */
function scores(sample: readonly LabelledComplaint[], categoryOf: (complaint: LabelledComplaint) => string): Score[] {
  const actual = sample.map(categoryOf);
  const categories = [...new Set(sample.map((complaint) => complaint.expected))].sort();
  return categories.map((category) => {
    const filed = actual.filter((found) => found === category).length;
    const belong = sample.filter((complaint) => complaint.expected === category).length;
    const right = sample.filter(
      (complaint, index) => complaint.expected === category && actual[index] === category,
    ).length;
    return { category, precision: filed === 0 ? 0 : right / filed, recall: right / belong, support: belong };
  });
}

/** Measured on the sample when the word matcher landed (docs/categorisation.md), less a little slack for rule edits. */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'billing-error': { precision: 0.94, recall: 0.94 },
  'damaged-goods': { precision: 0.94, recall: 0.97 },
  'late-delivery': { precision: 0.97, recall: 0.82 },
  'product-quality': { precision: 0.91, recall: 0.94 },
  'rude-staff': { precision: 0.97, recall: 0.97 },
  'site-outage': { precision: 0.97, recall: 0.95 },
  unclassified: { precision: 0.87, recall: 0.96 },
};

describe('categorisation of the labelled sample', () => {
  const sample = read<LabelledComplaint[]>('../../test-data/labelled-complaints.json');
  const rules = read<CategoryRules>('../../config/category-rules.json');
  const measured = scores(sample, (complaint) => categorise(complaint.text, complaint.touchpoint, rules).category);

  it('holds at least 300 complaints in English and Russian', () => {
    expect(sample.length).toBeGreaterThanOrEqual(300);
    expect(new Set(sample.map((complaint) => complaint.language))).toEqual(new Set(['en', 'ru']));
  });

  it('keeps precision and recall per category at or above the reported figures', () => {
    console.log(
      [
        'category | precision | recall | complaints',
        ...measured.map(
          (score) =>
            `${score.category} | ${score.precision.toFixed(2)} | ${score.recall.toFixed(2)} | ${score.support}`,
        ),
      ].join('\n'),
    );
    for (const score of measured) {
      const floor = FLOOR[score.category];
      expect({
        category: score.category,
        precision: score.precision >= floor.precision,
        recall: score.recall >= floor.recall,
      }).toEqual({
        category: score.category,
        precision: true,
        recall: true,
      });
    }
  });
});
