import { MigrationInterface, QueryRunner } from 'typeorm';

/** The complaint's facts a compensation's what-if replay needs, copied from where they are written. */
const FACTS = ['dissatisfaction', 'order_amount', 'order_currency', 'claimed_amount', 'claimed_currency'];

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/**
 * The what-if (issue 28) replays a million compensations: joining each to its complaint (and to the playbook
 * applications) cost Postgres ten times reading the compensations alone in their settle index's order. So each
 * compensation carries what the replay reads of its complaint: the complaint's facts (fixed once received), the
 * root cause the complaint is linked to now (a move or merge relinks it, so its department is the current one) and
 * the playbook's grant. Triggers keep the copies, whichever statement writes the originals: a compensation takes
 * them when it is written, a complaint's change and a playbook application's grant are copied to its compensation.
 * Rows from before are filled from the originals.
 */
export class WhatIfCaseFacts1765002500000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifier.compensations
        ADD COLUMN dissatisfaction text,
        ADD COLUMN order_amount bigint,
        ADD COLUMN order_currency text,
        ADD COLUMN claimed_amount bigint,
        ADD COLUMN claimed_currency text,
        ADD COLUMN complaint_root_cause_id uuid,
        ADD COLUMN playbook_amount bigint`);
    await db.query(`
      CREATE FUNCTION notifier.compensation_takes_case_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT ${FACTS.map((column) => `c.${column}`).join(', ')}, c.root_cause_id
          INTO ${FACTS.map((column) => `NEW.${column}`).join(', ')}, NEW.complaint_root_cause_id
          FROM notifier.complaints c WHERE c.id = NEW.complaint_id;
        SELECT pa.compensation INTO NEW.playbook_amount
          FROM notifier.playbook_applications pa WHERE pa.complaint_id = NEW.complaint_id;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER compensation_takes_case_facts BEFORE INSERT ON notifier.compensations
      FOR EACH ROW EXECUTE FUNCTION notifier.compensation_takes_case_facts()`);
    await db.query(`
      CREATE FUNCTION notifier.complaint_facts_to_compensation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notifier.compensations
        SET ${FACTS.map((column) => `${column} = NEW.${column}`).join(', ')}, complaint_root_cause_id = NEW.root_cause_id
        WHERE complaint_id = NEW.id;
        RETURN NULL;
      END $$`);
    // Only a change of what is copied: a complaint's other updates (contact data, closing) write nothing more.
    const changed = [...FACTS, 'root_cause_id'].map((column) => `OLD.${column} IS DISTINCT FROM NEW.${column}`);
    await db.query(`
      CREATE TRIGGER complaint_facts_to_compensation
      AFTER UPDATE OF ${[...FACTS, 'root_cause_id'].join(', ')} ON notifier.complaints
      FOR EACH ROW WHEN (${changed.join(' OR ')})
      EXECUTE FUNCTION notifier.complaint_facts_to_compensation()`);
    await db.query(`
      CREATE FUNCTION notifier.playbook_grant_to_compensation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notifier.compensations SET playbook_amount = NEW.compensation WHERE complaint_id = NEW.complaint_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER playbook_grant_to_compensation
      AFTER INSERT OR UPDATE OF compensation ON notifier.playbook_applications
      FOR EACH ROW EXECUTE FUNCTION notifier.playbook_grant_to_compensation()`);
    // In 256 slices by the complaint's id (its unique index): each statement stays short however many there are.
    for (let slice = 0; slice < 256; slice++) {
      const bound = (n: number) =>
        n > 255 ? 'ffffffff-ffff-ffff-ffff-ffffffffffff' : `${hex2(n)}000000-0000-0000-0000-000000000000`;
      await db.query(
        `UPDATE notifier.compensations comp
         SET ${FACTS.map((column) => `${column} = c.${column}`).join(', ')}, complaint_root_cause_id = c.root_cause_id,
             playbook_amount = pa.compensation
         FROM notifier.complaints c LEFT JOIN notifier.playbook_applications pa ON pa.complaint_id = c.id
         WHERE c.id = comp.complaint_id AND comp.complaint_id >= $1::uuid AND comp.complaint_id ${slice === 255 ? '<=' : '<'} $2::uuid`,
        [bound(slice), bound(slice + 1)],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER playbook_grant_to_compensation ON notifier.playbook_applications`);
    await db.query(`DROP TRIGGER complaint_facts_to_compensation ON notifier.complaints`);
    await db.query(`DROP TRIGGER compensation_takes_case_facts ON notifier.compensations`);
    await db.query(
      `DROP FUNCTION notifier.playbook_grant_to_compensation(), notifier.complaint_facts_to_compensation(),
                     notifier.compensation_takes_case_facts()`,
    );
    await db.query(`
      ALTER TABLE notifier.compensations
        DROP COLUMN dissatisfaction, DROP COLUMN order_amount, DROP COLUMN order_currency, DROP COLUMN claimed_amount,
        DROP COLUMN claimed_currency, DROP COLUMN complaint_root_cause_id, DROP COLUMN playbook_amount`);
  }
}
