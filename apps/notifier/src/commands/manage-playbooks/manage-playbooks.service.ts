import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { formatMinorUnits, toMinorUnits } from '@redress/contracts';
import { FieldError, InvalidRequestException } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Supervisor } from '../../auth/supervisor.guard';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { foldText, TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from '../../domain/playbook';
import { LOCALES } from '../../domain/locale';
import { endPlaybook, insertPlaybook, PlaybookColumns, updatePlaybook } from '../../persistence/playbook.store';
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
    const rows = await this.write(() => insertPlaybook(this.dataSource, randomUUID(), values, supervisor.id));
    return playbookView(rows[0]);
  }

  async replace(id: string, request: PlaybookRequest): Promise<PlaybookView> {
    const values = this.checked(request);
    const rows = await this.write(() => updatePlaybook(this.dataSource, id, values));
    return playbookView(this.found(rows));
  }

  /** Stops the playbook for complaints received from now on; one already ended keeps its end. */
  async end(id: string): Promise<PlaybookView> {
    return playbookView(this.found(await endPlaybook(this.dataSource, id)));
  }

  private checked(request: PlaybookRequest): PlaybookColumns {
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

  private async write(statement: () => Promise<Record<string, any>[]>): Promise<Record<string, any>[]> {
    try {
      return await statement();
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
