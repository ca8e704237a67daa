import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifier no longer keeps who a customer is (ADR 0009): it asks intake for the name, form of address, phone and
 * email when it sends, and intake sends the customer's webhooks. What it keeps decides only the channel: whether the
 * customer gave an email (`has_email`) and whether the complaint has a callbackUrl (`has_callback_url`). The old
 * columns are emptied, not dropped, so the previous release still starts during an upgrade; a later release drops
 * them. Messages still to be sent lose their recipient (the worker asks intake); a webhook's recipient becomes
 * `client://<client system>`, so its queue and circuit stay per client system.
 */
export class ContactDetailsFromIntake1765001000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifier.complaints
        ADD COLUMN has_email boolean NOT NULL DEFAULT false,
        ADD COLUMN has_callback_url boolean NOT NULL DEFAULT false`);
    await db.query(`
      UPDATE notifier.complaints
      SET has_email = email IS NOT NULL, has_callback_url = callback_url IS NOT NULL,
          phone = NULL, email = NULL, callback_url = NULL, customer_name = NULL, address_as = NULL
      WHERE phone IS NOT NULL OR email IS NOT NULL OR callback_url IS NOT NULL OR customer_name IS NOT NULL
         OR address_as IS NOT NULL`);
    await db.query(`
      UPDATE notifier.notifications
      SET recipient = CASE WHEN channel = 'webhook' THEN 'client://' || client_system END,
          fallback = CASE WHEN fallback IS NULL THEN NULL ELSE fallback - 'recipient' END
      WHERE recipient IS NOT NULL OR fallback ? 'recipient'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The emptied contact details cannot come back: intake keeps them.
    await db.query(`ALTER TABLE notifier.complaints DROP COLUMN has_email, DROP COLUMN has_callback_url`);
  }
}
