import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/** Length in characters as a person counts them (code points), so an emoji counts once, unlike `@Length`. */
export function CharLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'charLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && inRange([...value].length, min, max),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a string of ${min} to ${max} characters`,
          options,
        ),
      },
    },
    options,
  );
}

function inRange(length: number, min: number, max: number): boolean {
  return length >= min && length <= max;
}
