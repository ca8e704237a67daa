import { Body, Controller, HttpCode, Param, Put, UseGuards } from '@nestjs/common';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { departmentParam } from '../../http/request-helpers';
import { EditDepartmentRequest } from './edit-department.request.dto';
import { EditDepartmentService, EditedDepartment } from './edit-department.service';

@Controller('departments')
@UseGuards(EscalationPrincipalGuard)
export class EditDepartmentHttpController {
  constructor(private readonly editDepartment: EditDepartmentService) {}

  @Put(':id')
  @HttpCode(200)
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', departmentParam('id')) id: string,
    @Body() body: EditDepartmentRequest,
  ): Promise<EditedDepartment> {
    return this.editDepartment.execute(principal, id, body);
  }
}
