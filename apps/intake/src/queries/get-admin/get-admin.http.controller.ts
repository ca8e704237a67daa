import { adminMeController } from '@redress/platform';
import { AdminGuard } from '../../auth/admin.guard';
import { ADMIN_ERRORS } from '../../intake.api-docs';

/** Who an intake admin token belongs to: how the console signs an admin in. */
export const GetAdminHttpController = adminMeController({ service: 'intake', guard: AdminGuard, errors: ADMIN_ERRORS });
