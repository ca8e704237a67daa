import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@Controller('complaints')
@UseGuards(ClientSystemGuard)
export class GetComplaintHttpController {
  constructor(private readonly getComplaint: GetComplaintQuery) {}

  /** Another client system's complaint answers 404, exactly like a complaint that does not exist. */
  @Get(':id')
  get(@CurrentClient() client: ClientSystem, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<ComplaintView> {
    return this.getComplaint.execute(client.id, id);
  }
}
