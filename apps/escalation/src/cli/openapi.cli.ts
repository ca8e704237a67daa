import 'reflect-metadata';
import { API_DOCS_ENV, printApiDocument } from '@redress/platform';
import { loadEscalationSettings } from '../config/escalation.settings';
import { ESCALATION_API_DOCS } from '../escalation.api-docs';
import { escalationModule } from '../escalation.module';

/** Prints escalation's OpenAPI document; `npm run docs:openapi` writes it to docs/openapi/escalation.json. */
void printApiDocument(escalationModule(loadEscalationSettings(API_DOCS_ENV)), ESCALATION_API_DOCS);
