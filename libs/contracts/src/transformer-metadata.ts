/**
 * class-transformer's own metadata (@Type, @Transform), which its package index does not export: the compiled
 * validator reads it, and so does the payload generator of its differential spec.
 */
export const { defaultMetadataStorage } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file of the package, not an export of it
  require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');
