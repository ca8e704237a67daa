import { adminMeController } from '@redress/platform';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../notifier.api-docs';

/** Who a notifier admin token belongs to: how the console signs a notifier admin in (the people pages). */
export const GetAdminHttpController = adminMeController({
  service: 'notifier',
  guard: AdminGuard,
  errors: ADMIN_ERRORS,
});
