import { ApiProperty } from '@nestjs/swagger';
import { DepartmentDetailView } from '../../queries/list-departments/department.view';
import { EditedDepartment } from './edit-department.service';

export class NewOwnerView {
  @ApiProperty({ example: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d', format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Maria Kuznetsova' })
  name!: string;

  @ApiProperty({ example: 3 })
  level!: number;

  @ApiProperty({ example: 'ro_9fd...', description: "The owner's token, shown only in this answer" })
  token!: string;
}

export class EditedDepartmentView extends DepartmentDetailView implements EditedDepartment {
  @ApiProperty({
    type: [NewOwnerView],
    description: 'The owners this edit added, with their tokens; owners kept by id keep theirs',
  })
  newOwners!: NewOwnerView[];
}
