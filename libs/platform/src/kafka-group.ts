/**
 * A service's consumer group: its name behind the topic prefix. Nest appends `postfixId` to a configured group id
 * (`-server` by default); Redress sets it empty, so the group an operator sees, and grants ACLs to, is exactly this.
 * Pure on purpose: the ACL generator reads it without loading NestJS.
 */
export const KAFKA_GROUP_POSTFIX = '';

export function kafkaGroupId(service: string, topicPrefix = ''): string {
  return `${topicPrefix}${service}${KAFKA_GROUP_POSTFIX}`;
}
