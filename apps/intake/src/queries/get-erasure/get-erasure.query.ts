import { Injectable, NotFoundException } from '@nestjs/common';
import { ERASING_SERVICES, ErasingService } from '@redress/contracts';
import { DataSource } from 'typeorm';

export interface ServiceProgress {
  status: 'done' | 'in-progress';
  /** Parts of the erasure this service has reported done, of `parts`. */
  partsDone: number;
  parts: number;
  /** Complaints of the erasure this service held data of. */
  complaints: number;
}

/** What GET /customers/erasure/:id answers: no personal data, only counts and times. */
export interface ErasureView {
  id: string;
  reason: 'request' | 'retention';
  status: 'done' | 'in-progress';
  requestedAt: string;
  completedAt: string | null;
  complaints: number;
  services: Record<'intake' | ErasingService, ServiceProgress>;
}

@Injectable()
export class GetErasureQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Another client system's erasure answers 404, like one that does not exist. */
  async execute(clientSystemId: string, erasureId: string): Promise<ErasureView> {
    const [erasure] = await this.dataSource.query(
      `SELECT id, reason, requested_at, completed_at, complaint_count, parts FROM intake.erasures
       WHERE id = $1 AND client_system_id = $2`,
      [erasureId, clientSystemId],
    );
    if (!erasure) throw new NotFoundException(`No erasure ${erasureId}`);
    const reported: { service: ErasingService; parts: string; complaints: string }[] = await this.dataSource.query(
      `SELECT service, count(*) AS parts, sum(complaints) AS complaints FROM intake.erasure_progress
       WHERE erasure_id = $1 GROUP BY service`,
      [erasureId],
    );
    const parts: number = erasure.parts;
    const services = {
      intake: { status: 'done', partsDone: parts, parts, complaints: erasure.complaint_count },
    } as ErasureView['services'];
    for (const service of ERASING_SERVICES) {
      const row = reported.find((candidate) => candidate.service === service);
      const partsDone = Number(row?.parts ?? 0);
      services[service] = {
        status: partsDone >= parts ? 'done' : 'in-progress',
        partsDone,
        parts,
        complaints: Number(row?.complaints ?? 0),
      };
    }
    return {
      id: erasure.id,
      reason: erasure.reason,
      status: erasure.completed_at ? 'done' : 'in-progress',
      requestedAt: erasure.requested_at.toISOString(),
      completedAt: erasure.completed_at?.toISOString() ?? null,
      complaints: erasure.complaint_count,
      services,
    };
  }
}
