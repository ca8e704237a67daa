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

  @ApiProperty({ example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({
    example: true,
    description: 'Whether the callback is still owed. The phone number is read from the complaint in intake.',
  })
  open!: boolean;

  @ApiProperty({ example: 'Europe/Moscow', description: "The customer's time zone (UTC when unknown)" })
  timeZone!: string;

  @ApiProperty({ example: '14:05', description: "The time now on the customer's clock" })
  localTime!: string;

  @ApiProperty({ type: CallWindowView, nullable: true, description: 'When the customer may be called' })
  window!: CallWindowView | null;

  @ApiProperty({ example: true, description: 'Whether now is inside the window; true without one' })
  withinWindow!: boolean;
}
