import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { SubmitComplaintRequest } from './submit-complaint.request.dto';
import { SubmitComplaintService, SubmittedComplaint } from './submit-complaint.service';

@Controller('complaints')
@UseGuards(ClientSystemGuard)
export class SubmitComplaintHttpController {
  constructor(private readonly submitComplaint: SubmitComplaintService) {}

  @Post()
  @HttpCode(202)
  async submit(
    @CurrentClient() client: ClientSystem,
    @Body() body: SubmitComplaintRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedComplaint> {
    const accepted = await this.submitComplaint.submit(client, body);
    reply.header('Location', `/complaints/${accepted.id}`);
    return accepted;
  }
}
