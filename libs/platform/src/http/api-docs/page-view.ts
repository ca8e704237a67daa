import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../page';

/**
 * The documented shape of a `Page<T>` of a view class: `PageView(AssignmentView)` is the schema `AssignmentPage`
 * (the class name without `View`, plus `Page`). Memoised, so each item class gives one schema.
 */
export function PageView<T>(item: Type<T>): Type<Page<T>> {
  const known = pages.get(item);
  if (known) return known as Type<Page<T>>;
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item], description: 'At most `limit` items' })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      example: 'eyJrIjpbIjIwMjYtMTEtMjNUMTA6MTU6MDAuMDAwWiJdfQ',
      description: 'Pass as `cursor` for the next page; null on the last page',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
  pages.set(item, PageOfItems);
  return PageOfItems;
}

const pages = new Map<Type<unknown>, Type<unknown>>();
