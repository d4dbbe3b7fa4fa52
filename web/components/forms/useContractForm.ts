/**
 * Every form of the web app: @mantine/form validated by the zod contract the server checks the request with, the
 * errors shown in the user's language next to their field, focus sent to the first invalid field on submit, and
 * a server's 400 naming a field put on that field.
 */
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../api/client.ts';
import { contractValidator, errorText, withoutFieldPrefix } from './fieldErrors.ts';

type Values = Record<string, unknown>;

interface ContractForm<V extends Values, Schema extends z.ZodType> {
  form: UseFormReturnType<V>;
  /** Props of the input at `path` (value, onChange, data-path…) with its error translated. */
  field: (path: string, options?: { type?: 'input' | 'checkbox' }) => ReturnType<UseFormReturnType<V>['getInputProps']>;
  /** The error shown at `path`, translated (for inputs that take no input props, such as a group of cards). */
  errorOf: (path: string) => string | undefined;
  /** The <form>'s onSubmit: validates, focuses the first invalid field, or hands over the request the contract parses. */
  onSubmit: (handler: (request: z.output<Schema>, values: V) => void) => (event?: FormEvent<HTMLFormElement>) => void;
  /**
   * Puts a failed call's error on the field it names (`toPath` maps server names to form paths) and focuses it.
   * True when it did; false leaves the error for the form's general alert.
   */
  placeServerError: (error: unknown, toPath?: (serverField: string) => string | null) => boolean;
}

export function useContractForm<V extends Values, Schema extends z.ZodType>({
  schema,
  initialValues,
  validateOnChange = false,
}: {
  schema: Schema;
  initialValues: V;
  /** Check each field as it changes, not only on submit (a form whose submit stays disabled while invalid). */
  validateOnChange?: boolean;
}): ContractForm<V, Schema> {
  const { t } = useTranslation();
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: contractValidator(schema),
    validateInputOnChange: validateOnChange,
  });
  const errorOf = (path: string) => errorText(form.errors[path], path, schema, t);
  const focusFirst = (paths: string[]) => focusFirstField(paths.map((p) => form.getInputNode(p)));
  return {
    form,
    errorOf,
    // aria-invalid is set here too: Mantine's PasswordInput marks only data-invalid.
    field: (path, options) => {
      const error = errorOf(path);
      return { ...form.getInputProps(path, options), error, 'aria-invalid': error ? true : undefined };
    },
    onSubmit: (handler) => (event) => {
      event?.preventDefault();
      const result = form.validate();
      if (result.hasErrors) {
        focusFirst(Object.keys(result.errors));
        return;
      }
      handler(schema.parse(form.getValues()), form.getValues());
    },
    placeServerError: (error, toPath) => {
      const path = serverErrorPath(error, form.getValues(), toPath);
      if (!path || !isApiError(error)) return false;
      form.setFieldError(path, withoutFieldPrefix(error.message, error.field));
      focusFirst([path]);
      return true;
    },
  };
}

/** The form path a failed call names, when the form has that field. */
function serverErrorPath(
  error: unknown,
  values: Values,
  toPath: (serverField: string) => string | null = (field) => field,
): string | null {
  if (!isApiError(error) || !error.field) return null;
  const path = toPath(error.field);
  return path && (path.split('.')[0] ?? '') in values ? path : null;
}

/** The message a form shows above its buttons for a failure no field took; null when a field took it. */
export function generalErrorOf(
  error: unknown,
  values: Values,
  fallback: string,
  toPath?: (serverField: string) => string | null,
): string | null {
  if (!error || serverErrorPath(error, values, toPath)) return null;
  return isApiError(error) ? error.message : fallback;
}

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, [tabindex]:not([tabindex="-1"])';

/** Focuses the first (in page order) of the inputs, or the first focusable element inside a group. */
export function focusFirstField(nodes: (HTMLElement | null)[]): void {
  const present = nodes.filter((n): n is HTMLElement => n !== null);
  present.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = present[0];
  const target = first?.matches(FOCUSABLE) ? first : first?.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}
