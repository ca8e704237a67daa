import { ApiProperty } from '@nestjs/swagger';

export class DepartmentNamesView {
  @ApiProperty({
    type: [String],
    example: ['logistics', 'it', 'customer-care', 'quality'],
    description: 'The departments a vote or a decision may name (CATEGORY_RULES_FILE)',
  })
  items!: string[];
}
