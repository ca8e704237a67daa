import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';
import { PlaybookView } from '../../queries/list-playbooks/playbook.view';
import { ManagePlaybooksService } from './manage-playbooks.service';
import { PlaybookRequest } from './playbook.request.dto';

/** Force-majeure playbooks, written by supervisors ahead of predictable trouble. */
@Controller('playbooks')
@UseGuards(SupervisorGuard)
export class ManagePlaybooksHttpController {
  constructor(private readonly playbooks: ManagePlaybooksService) {}

  @Post()
  @HttpCode(201)
  create(@CurrentSupervisor() supervisor: Supervisor, @Body() body: PlaybookRequest): Promise<PlaybookView> {
    return this.playbooks.create(supervisor, body);
  }

  @Put(':id')
  replace(@Param('id', ParseUUIDPipe) id: string, @Body() body: PlaybookRequest): Promise<PlaybookView> {
    return this.playbooks.replace(id, body);
  }

  @Post(':id/end')
  @HttpCode(200)
  end(@Param('id', ParseUUIDPipe) id: string): Promise<PlaybookView> {
    return this.playbooks.end(id);
  }
}
