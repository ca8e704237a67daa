import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageQuery, PageView } from '@redress/platform';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { ListPlaybooksQuery, PlaybookApplicationView } from './list-playbooks.query';
import {
  PlaybookApplicationDetailView,
  PlaybookDetailView,
  PlaybookView,
  PlaybookWithAppliedView,
} from './playbook.view';

/** Playbooks newest first, one with what it has done so far, and every complaint it was applied to. */
@ApiTags('playbooks')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('playbooks')
@UseGuards(SupervisorGuard)
export class ListPlaybooksHttpController {
  constructor(private readonly playbooks: ListPlaybooksQuery) {}

  @Get()
  @ApiOperation({ summary: 'List playbooks', description: 'Every playbook, newest first.' })
  @ApiOkResponse({ type: PageView(PlaybookDetailView), description: 'One page of playbooks' })
  @ApiErrors({ 400: 'A bad `limit` or `cursor`: `errors` names it' })
  list(@Query() query: PageQuery): Promise<Page<PlaybookView>> {
    return this.playbooks.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a playbook', description: 'With what it has done so far.' })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({ type: PlaybookWithAppliedView, description: 'The playbook, with what it has done so far' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: { description: 'No such playbook', message: 'No such playbook' },
  })
  async one(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PlaybookView & { applied: { complaints: number; compensation: string } }> {
    const playbook = await this.playbooks.one(id);
    if (!playbook) throw new NotFoundException('No such playbook');
    return playbook;
  }

  @Get(':id/applications')
  @ApiOperation({
    summary: "List a playbook's complaints",
    description: 'Every complaint it was applied to, oldest first.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({
    type: PageView(PlaybookApplicationDetailView),
    description: 'One page of the complaints the playbook answered',
  })
  @ApiErrors({
    400: 'A bad id, `limit` or `cursor`: `errors` names it',
    404: { description: 'No such playbook', message: 'No such playbook' },
  })
  async applications(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<PlaybookApplicationView>> {
    const page = await this.playbooks.applications(id, query);
    if (!page) throw new NotFoundException('No such playbook');
    return page;
  }
}
