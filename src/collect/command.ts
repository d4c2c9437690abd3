/**
 * What the collectors know about an SDK command: its output type, and its operation name,
 * read from the command itself so that no call site repeats it. The name comes from the
 * command's operation schema (a string in the SDK's code, `"ListKeys"`), never from the
 * class name, which a minifying bundler (the Lambda bundle) renames.
 */
import { NormalizedSchema } from '@smithy/core/schema';
import type { HttpHandlerOptions, MetadataBearer } from '@smithy/types';
import { InternalError } from '../errors.ts';

/** An SDK v3 command whose answer is `O`: what `client.send` accepts and what its handler resolves to. */
export interface SdkCommand<O extends MetadataBearer = MetadataBearer> {
  readonly input: object;
  /** The operation schema (`@smithy/types` OperationSchema or its static form): it names the operation. */
  readonly schema?: unknown;
  resolveMiddleware(...args: never[]): (...args: never[]) => Promise<{ output: O }>;
}

/** The answer of a command. */
export type OutputOf<C> = C extends SdkCommand<infer O> ? O : never;

/** An SDK client (`ctx.client(name)`) that can send `C`. */
export interface CommandClient<C extends SdkCommand> {
  send(command: C, options: HttpHandlerOptions): Promise<OutputOf<C>>;
}

/** The operation a command calls (`ListKeys` for ListKeysCommand), as gap records and the call counter name it. */
export function operationName(command: SdkCommand): string {
  const name = command.schema === undefined ? undefined : NormalizedSchema.of(command.schema as never).getName();
  if (name === undefined) throw new InternalError('an SDK command without an operation schema: its operation has no name');
  return name;
}
