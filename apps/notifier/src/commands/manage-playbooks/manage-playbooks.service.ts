import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { formatMinorUnits, toMinorUnits } from '@redress/contracts';
import { FieldError, InvalidRequestException } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Supervisor } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { foldText, TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from '../../domain/playbook';
import { LOCALES } from '../../domain/locale';
import { returnedRows } from '../../persistence/rows';
import { PlaybookView, playbookView } from '../../queries/list-playbooks/playbook.view';
import { PlaybookRequest } from './playbook.request.dto';

const UNIQUE_VIOLATION = '23505';

/** Writes playbooks for supervisors; what the DTO cannot check (limits, periods, templates) is a 400 naming the field. */
@Injectable()
export class ManagePlaybooksService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  async create(supervisor: Supervisor, request: PlaybookRequest): Promise<PlaybookView> {
    const values = this.checked(request);
    const rows = await this.write(
      `INSERT INTO notifier.playbooks (id, name, touchpoint, keywords, active_from, active_until, message, compensation, currency, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [randomUUID(), ...values, supervisor.id],
    );
    return playbookView(rows[0]);
  }

  async replace(id: string, request: PlaybookRequest): Promise<PlaybookView> {
    const values = this.checked(request);
    const rows = await this.write(
      `UPDATE notifier.playbooks SET name = $2, touchpoint = $3, keywords = $4, active_from = $5, active_until = $6, message = $7,
         compensation = $8, currency = $9, updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id, ...values],
    );
    return playbookView(this.found(rows));
  }

  /** Stops the playbook for complaints received from now on; one already ended keeps its end. */
  async end(id: string): Promise<PlaybookView> {
    const rows = await this.dataSource.query(
      `UPDATE notifier.playbooks
       SET active_until = CASE WHEN active_until IS NOT NULL AND active_until <= now() THEN active_until ELSE greatest(now(), active_from + interval '1 millisecond') END,
           updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id],
    );
    return playbookView(this.found(returnedRows(rows)));
  }

  private checked(request: PlaybookRequest): unknown[] {
    const { limit, currency } = this.settings.compensation;
    const errors: FieldError[] = [];
    const messages = LOCALES.filter((locale) => request.message[locale] !== undefined);
    if (messages.length === 0)
      errors.push({ field: 'message', reason: `needs the text in at least one of ${LOCALES.join(', ')}` });
    for (const locale of messages) {
      const unknown = unknownPlaceholders(request.message[locale] as string);
      if (unknown.length > 0) {
        errors.push({
          field: `message.${locale}`,
          reason: `unknown placeholder {${unknown[0]}}; use ${TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(' or ')}`,
        });
      }
    }
    if (request.activeUntil && Date.parse(request.activeUntil) <= Date.parse(request.activeFrom)) {
      errors.push({ field: 'activeUntil', reason: 'must be later than activeFrom' });
    }
    const amount = toMinorUnits(request.compensation, currency);
    if (!amount.ok) errors.push({ field: 'compensation', reason: amount.error });
    else if (amount.amount > limit) {
      errors.push({
        field: 'compensation',
        reason: `must not exceed the fixed limit ${formatMinorUnits(limit, currency)} ${currency}`,
      });
    }
    if (errors.length > 0 || !amount.ok) throw new InvalidRequestException(errors);
    const keywords = [...new Set(request.keywords.map((keyword) => foldText(keyword.trim())))];
    return [
      request.name.trim(),
      request.touchpoint ?? null,
      keywords,
      new Date(request.activeFrom),
      request.activeUntil ? new Date(request.activeUntil) : null,
      JSON.stringify(Object.fromEntries(messages.map((locale) => [locale, request.message[locale]]))),
      amount.amount,
      currency,
    ];
  }

  private async write(sql: string, parameters: unknown[]): Promise<Record<string, any>[]> {
    try {
      return returnedRows(await this.dataSource.query(sql, parameters));
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        throw new ConflictException('A playbook with this name already exists');
      throw error;
    }
  }

  private found(rows: Record<string, any>[]): Record<string, any> {
    if (!rows[0]) throw new NotFoundException('No such playbook');
    return rows[0];
  }
}
