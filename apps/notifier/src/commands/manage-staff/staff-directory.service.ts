import { Inject, Injectable } from '@nestjs/common';
import { CallbackUrlCheck, canonicalTimeZone, FieldError, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import {
  allPreferences,
  NoticeKind,
  NoticePreference,
  NoticePreferences,
  parsePreferences,
  StaffRole,
} from '../../domain/staff-preferences';
import { ProfileRow, profileOf, storedPreferencesOf, upsertProfile } from '../../persistence/staff-profile.store';
import { StaffProfileRequest } from './staff-profile.request.dto';

export interface StaffProfileView {
  person: string;
  role: StaffRole;
  name: string;
  email: string | null;
  chatWebhookUrl: string | null;
  timeZone: string;
  /** Every kind of notice with how it reaches the person (their choice, else the default). */
  preferences: Record<NoticeKind, NoticePreference>;
  /** Null until the profile was first saved. */
  updatedAt: string | null;
}

/** The staff directory: where each person is reached, on which clock, and how they take each kind of notice. */
@Injectable()
export class StaffDirectoryService {
  private readonly urlCheck: CallbackUrlCheck;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {
    this.urlCheck = new CallbackUrlCheck({
      allowed: settings.allowedDestinations,
      dnsTimeoutMs: settings.delivery.connectTimeoutMs,
      dnsCacheSize: 1000,
      dnsCacheTtlMs: 60_000,
    });
  }

  /** The person's profile, or the defaults when they have none yet. */
  async get(person: string, role: StaffRole, name = ''): Promise<StaffProfileView> {
    const row = await profileOf(this.dataSource, person);
    return row
      ? view(row)
      : {
          person,
          role,
          name,
          email: null,
          chatWebhookUrl: null,
          timeZone: this.settings.defaultTimezone,
          preferences: allPreferences({}),
          updatedAt: null,
        };
  }

  /** Saves what the request gives over what the profile had; every bad field is a 400 naming it. */
  async put(person: string, role: StaffRole, name: string | undefined, request: StaffProfileRequest) {
    const problems: FieldError[] = [];
    let preferences: NoticePreferences | undefined;
    if (request.preferences !== undefined) {
      const parsed = parsePreferences(request.preferences);
      if ('problems' in parsed) problems.push(...parsed.problems);
      else preferences = parsed.preferences;
    }
    if (request.chatWebhookUrl) {
      const problem = await this.urlCheck.problem(request.chatWebhookUrl);
      if (problem) problems.push({ field: 'chatWebhookUrl', reason: problem });
    }
    if (problems.length > 0) throw new InvalidRequestException(problems);
    const current = await this.get(person, role, name ?? '');
    const stored: NoticePreferences = preferences ?? (await this.storedPreferences(person));
    await upsertProfile(this.dataSource, {
      person,
      role,
      name: name ?? current.name,
      email: request.email === undefined ? current.email : request.email,
      chat_webhook: request.chatWebhookUrl === undefined ? current.chatWebhookUrl : request.chatWebhookUrl,
      time_zone: request.timeZone ? (canonicalTimeZone(request.timeZone) ?? request.timeZone) : current.timeZone,
      preferences: stored,
    });
    return this.get(person, role);
  }

  private async storedPreferences(person: string): Promise<NoticePreferences> {
    return (await storedPreferencesOf(this.dataSource, person)) ?? {};
  }
}

function view(row: ProfileRow): StaffProfileView {
  return {
    person: row.person,
    role: row.role,
    name: row.name,
    email: row.email,
    chatWebhookUrl: row.chat_webhook,
    timeZone: row.time_zone,
    preferences: allPreferences(row.preferences),
    updatedAt: row.updated_at.toISOString(),
  };
}
