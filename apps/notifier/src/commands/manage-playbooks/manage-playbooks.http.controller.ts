import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { PlaybookDetailView, PlaybookView } from '../../queries/list-playbooks/playbook.view';
import { ManagePlaybooksService } from './manage-playbooks.service';
import { PlaybookRequest } from './playbook.request.dto';

/** Force-majeure playbooks, written by supervisors ahead of predictable trouble. */
@ApiTags('playbooks')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('playbooks')
@UseGuards(SupervisorGuard)
export class ManagePlaybooksHttpController {
  constructor(private readonly playbooks: ManagePlaybooksService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Write a playbook',
    description:
      'Which complaints it covers (touchpoint, keywords, period), what they are told at once, and the compensation ' +
      'authorised in advance, within COMPENSATION_LIMIT.',
  })
  @ApiCreatedResponse({ type: PlaybookDetailView, description: 'The playbook, written' })
  @ApiErrors({
    400: {
      description:
        'A bad body, a compensation above the limit or a period that ends before it starts: `errors` names each',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'compensation', reason: 'must be a decimal string such as "150.00"' }],
      },
    },
    409: { description: 'Another playbook has this name', message: 'A playbook with this name already exists' },
  })
  create(@CurrentSupervisor() supervisor: Supervisor, @Body() body: PlaybookRequest): Promise<PlaybookView> {
    return this.playbooks.create(supervisor, body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a playbook', description: 'Applies to complaints received from then on.' })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({ type: PlaybookDetailView, description: 'The playbook, replaced' })
  @ApiErrors({
    400: 'A bad id or body: `errors` names each field',
    404: { description: 'No such playbook', message: 'No such playbook' },
    409: { description: 'Another playbook has this name', message: 'A playbook with this name already exists' },
  })
  replace(@Param('id', ParseUUIDPipe) id: string, @Body() body: PlaybookRequest): Promise<PlaybookView> {
    return this.playbooks.replace(id, body);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End a playbook', description: 'It applies to no complaint received from now on.' })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({ type: PlaybookDetailView, description: 'The playbook, ended' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: { description: 'No such playbook', message: 'No such playbook' },
  })
  end(@Param('id', ParseUUIDPipe) id: string): Promise<PlaybookView> {
    return this.playbooks.end(id);
  }
}
