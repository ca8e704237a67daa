import { ApiProperty } from '@nestjs/swagger';
import { CallbackContact } from './get-callback-contact.query';

export class CallWindowView {
  @ApiProperty({ example: '09:00' })
  from!: string;

  @ApiProperty({ example: '20:00' })
  to!: string;
}

export class CallbackContactView implements CallbackContact {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', format: 'uuid' })
  followUpId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '+79161234567',
    description: 'Null when the follow-up was requested before contact data was sent, or once it is done',
  })
  phone!: string | null;

  @ApiProperty({ example: 'Europe/Moscow', description: "The customer's time zone (UTC when unknown)" })
  timeZone!: string;

  @ApiProperty({ example: '14:05', description: "The time now on the customer's clock" })
  localTime!: string;

  @ApiProperty({ type: CallWindowView, nullable: true, description: 'When the customer may be called' })
  window!: CallWindowView | null;

  @ApiProperty({ example: true, description: 'Whether now is inside the window; true without one' })
  withinWindow!: boolean;
}
